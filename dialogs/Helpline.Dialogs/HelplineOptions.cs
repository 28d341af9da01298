using System.ComponentModel.DataAnnotations;

namespace Helpline.Dialogs;

/// <summary>Settings of the conversation flows, bound from the <c>Helpline</c> section and validated at start-up.</summary>
public sealed class HelplineOptions
{
    public const string SectionName = "Helpline";

    /// <summary>How many days a conversation's state is kept after its last message (told to users in the privacy notice).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The child helpline number told in the help text when the user's country is unknown.</summary>
    [Required, RegularExpression(@"^[0-9 +]{3,20}$")]
    public string DefaultChildHelpline { get; set; } = "116 111";
}
