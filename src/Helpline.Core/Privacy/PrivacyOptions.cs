namespace Helpline.Core.Privacy;

/// <summary>Settings of the <c>Privacy</c> section.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Key of the hashes that stand for phone numbers in keys and logs. A secret: set it through the
    /// environment in production (a fixed development value is used otherwise, with a warning).
    /// </summary>
    public string HashKey { get; set; } = "";
}
