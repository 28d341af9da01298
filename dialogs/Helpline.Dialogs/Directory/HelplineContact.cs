namespace Helpline.Dialogs.Directory;

/// <summary>
/// One number in the who-can-help directory, as read from <c>locales/directory/&lt;CC&gt;.yaml</c>.
/// </summary>
/// <param name="Region">The file it came from: a served country (AL, MD, RO, UA) or EU for the common EU numbers.</param>
/// <param name="Kind">One of <see cref="HelplineContactKind"/>.</param>
/// <param name="Number">The number as users dial it, with the spaces it is published with ("0 800 77777").</param>
/// <param name="LocalName">The organisation as it is named in the country.</param>
/// <param name="EnglishName">The organisation's name in English.</param>
/// <param name="Hours">"24/7" or "unknown".</param>
/// <param name="Cost">"free", "paid" or "unknown".</param>
/// <param name="Source">Where the number is published.</param>
/// <param name="LastVerified">When someone last checked the number against its source; null when <paramref name="Unverified"/>.</param>
/// <param name="Unverified">True until the deployment owner has checked it; such entries are never shown to users.</param>
public sealed record HelplineContact(
    string Region,
    string Kind,
    string Number,
    string LocalName,
    string EnglishName,
    string Hours,
    string Cost,
    string Source,
    DateOnly? LastVerified,
    bool Unverified)
{
    public const string AlwaysOpen = "24/7";
    public const string Unknown = "unknown";
    public const string Free = "free";
    public const string Paid = "paid";

    /// <summary>True when the entry may be shown to a user: it has been checked against its source.</summary>
    public bool IsVerified => !Unverified && LastVerified is not null;

    public bool IsFree => Cost == Free;

    public bool IsAlwaysOpen => Hours == AlwaysOpen;
}
