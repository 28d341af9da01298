namespace Helpline.Safety.JobOffers;

public enum ContactKind
{
    Phone,
    Messenger,
    Email,
    Website,
}
