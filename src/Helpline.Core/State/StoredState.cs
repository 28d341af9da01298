namespace Helpline.Core.State;

/// <summary>A state document as stored: its JSON and the ETag that a later write must present.</summary>
public sealed record StoredState(string Json, string ETag);
