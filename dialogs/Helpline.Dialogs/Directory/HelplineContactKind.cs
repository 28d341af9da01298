namespace Helpline.Dialogs.Directory;

/// <summary>
/// What a directory entry is for. The values are the <c>kind</c> field of <c>locales/directory/*.yaml</c>;
/// the text users see for each is the resource <c>Directory.Kind.&lt;kind&gt;</c> in AdviceStrings.
/// </summary>
public static class HelplineContactKind
{
    public const string Emergency = "emergency";
    public const string ChildHelpline = "child-helpline";
    public const string AntiTrafficking = "anti-trafficking";
    public const string MissingChildren = "missing-children";
    public const string Police = "police";

    /// <summary>A partner organisation named in the source documents (an office, not a helpline).</summary>
    public const string Organisation = "organisation";

    /// <summary>Every kind, in the order users are shown them: the most urgent first.</summary>
    public static readonly IReadOnlyList<string> All =
        [Emergency, ChildHelpline, AntiTrafficking, MissingChildren, Police, Organisation];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);

    /// <summary>Position in <see cref="All"/>, for ordering.</summary>
    public static int Rank(string kind)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == kind) return i;
        }
        return All.Count;
    }
}
