using Helpline.Core.Counselling;

namespace Helpline.Redis.Tests.Counselling;

/// <summary>Logging a ticket or a transcript entry must never write a phone number or a message body.</summary>
public sealed class CounsellingPrivacyTests
{
    [Fact]
    public void ATicketPrintedForALogLeavesOutTheUsersAddress()
    {
        var ticket = new CounsellorTicket
        {
            Id = "0000000007",
            Conversation = new TicketConversation("sms", "c-7", "+37369123456"),
            Priority = TicketPriority.P1,
            Culture = "ro-MD",
            EnqueuedAt = DateTimeOffset.UnixEpoch,
            Status = TicketStatus.Waiting,
        };

        var printed = ticket.ToString();

        Assert.Contains("0000000007", printed);
        Assert.Contains("c-7", printed);
        Assert.DoesNotContain("69123456", printed);
    }

    [Fact]
    public void ATranscriptEntryPrintedForALogLeavesOutItsText()
    {
        var entry = new TranscriptEntry(3, DateTimeOffset.UnixEpoch, TranscriptAuthor.User, null, "mi-au luat pasaportul");

        var printed = entry.ToString();

        Assert.Contains("Sequence = 3", printed);
        Assert.DoesNotContain("pasaport", printed);
    }

    [Fact]
    public void OutcomeAndAuditCodesRoundTrip()
    {
        Assert.All(Enum.GetValues<TicketOutcome>(), o => Assert.True(TicketOutcomes.TryParse(o.ToCode(), out var back) && back == o));
        Assert.All(Enum.GetValues<AuditAction>(), a => Assert.True(AuditActions.TryParse(a.ToCode(), out var back) && back == a));
        Assert.Equal("reveal-number", AuditAction.RevealNumber.ToCode());
        Assert.Equal("cancelled-by-user", TicketOutcome.CancelledByUser.ToCode());
        Assert.False(TicketOutcomes.TryParse("Advice-Given", out _));
    }
}
