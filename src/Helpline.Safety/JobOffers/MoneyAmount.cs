using Helpline.Safety.Text;

namespace Helpline.Safety.JobOffers;

/// <summary>An amount of money found in an offer: value, ISO currency, the period it is paid for, a rough monthly EUR value and where it was written.</summary>
public sealed record MoneyAmount(decimal Amount, string Currency, PayPeriod Period, decimal MonthlyEur, TextSpan Span);
