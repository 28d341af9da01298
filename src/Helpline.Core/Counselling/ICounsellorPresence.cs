namespace Helpline.Core.Counselling;

/// <summary>
/// Which counsellors are online: one is while their console is connected or renewed a lease recently.
/// Each mark lasts for the presence timeout; a console that vanishes drops out by itself.
/// </summary>
public interface ICounsellorPresence
{
    Task MarkOnlineAsync(string counsellor, CancellationToken cancellationToken);

    Task MarkOfflineAsync(string counsellor, CancellationToken cancellationToken);

    /// <summary>The counsellors online now, by name.</summary>
    Task<IReadOnlyList<string>> ListOnlineAsync(CancellationToken cancellationToken);
}
