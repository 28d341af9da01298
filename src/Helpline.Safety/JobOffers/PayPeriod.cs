namespace Helpline.Safety.JobOffers;

public enum PayPeriod
{
    Month,
    Week,
    Day,
    Hour,
}
