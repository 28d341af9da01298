namespace Helpline.Core.Sms;

/// <summary>
/// Numbers that sent STOP: no SMS goes to them until they send START. Kept without expiry, by keyed hash
/// of the number (never the number itself).
/// </summary>
public interface ISmsOptOutStore
{
    Task<bool> IsOptedOutAsync(string phoneNumber, CancellationToken cancellationToken = default);
    Task OptOutAsync(string phoneNumber, CancellationToken cancellationToken = default);
    Task OptInAsync(string phoneNumber, CancellationToken cancellationToken = default);
}
