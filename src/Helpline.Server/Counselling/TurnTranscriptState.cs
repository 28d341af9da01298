using Helpline.Core.Counselling;

namespace Helpline.Server.Counselling;

/// <summary>What this turn already wrote to the transcript.</summary>
public sealed class TurnTranscriptState
{
    public bool UserAppended { get; set; }

    public TranscriptEntry? UserEntry { get; set; }

    public bool Recording { get; set; }

    /// <summary>Bot replies recorded so far (numbers each one for the repeat guard).</summary>
    public int Replies { get; set; }
}
