using Helpline.Core.Counselling;
using Helpline.Core.Dialogs;
using Helpline.Dialogs.Directory;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Dialogs;

/// <summary>
/// "Talk to a counsellor": raises an escalation request, whose implementation queues the ticket and
/// tells the user what happens next. Where the service runs without counsellors (no
/// <see cref="IEscalationRequests"/> registered), the user gets the numbers of the services that can help.
/// </summary>
public sealed class CounsellorRequestDialog(IStringLocalizer<Strings> strings, WhoCanHelpAnswer whoCanHelp, IEscalationRequests? escalations = null)
    : Dialog(nameof(CounsellorRequestDialog))
{
    /// <summary>The reason code recorded when the user asked for a person.</summary>
    public const string UserAskedReason = "user-asked";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (escalations is not null)
        {
            var reason = options as string ?? UserAskedReason;
            await escalations.RequestCounsellorAsync(dc.Context, reason, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await dc.Context.SendActivityAsync(strings["Counsellor.Unavailable"].Value, cancellationToken).ConfigureAwait(false);
            await WhoCanHelpDialog.SendAsync(dc.Context, whoCanHelp, cancellationToken).ConfigureAwait(false);
        }
        return await dc.EndDialogAsync(DialogOutcome.Done, cancellationToken).ConfigureAwait(false);
    }
}
