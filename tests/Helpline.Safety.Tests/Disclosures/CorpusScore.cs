using Helpline.Safety.Disclosures;

namespace Helpline.Safety.Tests.Disclosures;

/// <summary>How the screen did on a labelled corpus: recall on must-escalate messages, false escalations on ordinary ones.</summary>
public sealed record CorpusScore(
    int MustEscalate,
    IReadOnlyList<LabelledMessage> Missed,
    int Ordinary,
    IReadOnlyList<LabelledMessage> FalselyEscalated,
    IReadOnlyList<LabelledMessage> UrgentNotP1)
{
    public double Recall => MustEscalate == 0 ? 1 : (MustEscalate - Missed.Count) / (double)MustEscalate;

    public double FalseEscalationRate => Ordinary == 0 ? 0 : FalselyEscalated.Count / (double)Ordinary;

    public static CorpusScore Of(DisclosureScreen screen, IReadOnlyList<LabelledMessage> corpus)
    {
        var missed = new List<LabelledMessage>();
        var falselyEscalated = new List<LabelledMessage>();
        var urgentNotP1 = new List<LabelledMessage>();
        foreach (var message in corpus)
        {
            var result = screen.Screen(message.Text);
            if (message.Escalate && !result.Escalate) missed.Add(message);
            if (!message.Escalate && result.Escalate) falselyEscalated.Add(message);
            var urgent = message.Categories.Contains(DisclosureCategory.SelfHarm.Code()) ||
                         message.Categories.Contains(DisclosureCategory.ImmediateDanger.Code());
            if (urgent && result.Priority != DisclosurePriority.P1) urgentNotP1.Add(message);
        }
        return new CorpusScore(corpus.Count(m => m.Escalate), missed, corpus.Count(m => !m.Escalate), falselyEscalated, urgentNotP1);
    }

    public override string ToString() =>
        $"recall {Recall:P1} ({MustEscalate - Missed.Count}/{MustEscalate}), false escalation {FalseEscalationRate:P1} ({FalselyEscalated.Count}/{Ordinary})" +
        (Missed.Count > 0 ? $"; missed: {string.Join(" | ", Missed)}" : "") +
        (FalselyEscalated.Count > 0 ? $"; falsely escalated: {string.Join(" | ", FalselyEscalated)}" : "") +
        (UrgentNotP1.Count > 0 ? $"; urgent but not P1: {string.Join(" | ", UrgentNotP1)}" : "");
}
