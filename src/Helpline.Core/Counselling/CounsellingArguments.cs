namespace Helpline.Core.Counselling;

/// <summary>Argument checks shared by every queue implementation, so they reject the same input.</summary>
public static class CounsellingArguments
{
    public const int MaxNameLength = 100;

    public static void Validate(TicketRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Conversation);
        ValidateName(request.Conversation.ChannelId, "ChannelId");
        ValidateName(request.Conversation.ConversationId, "ConversationId");
        ValidateName(request.Conversation.UserAddressId, "UserAddressId");
        ValidatePriority(request.Priority);
        ValidateName(request.Culture, "Culture");
        if (request.Country is not null && request.Country.Length > 0) ValidateName(request.Country, "Country");
        ArgumentNullException.ThrowIfNull(request.SafetyCategories);
        foreach (var category in request.SafetyCategories)
        {
            if (string.IsNullOrEmpty(category) || category.Length > MaxNameLength || !category.All(IsCodeChar))
            {
                throw new ArgumentException("A safety category is a code of letters, digits, '-', '_' or '.'.", nameof(request));
            }
        }
    }

    public static void ValidateName(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name} is required.", name);
        if (value.Length > MaxNameLength * 2) throw new ArgumentException($"{name} is too long.", name);
        if (value.Any(char.IsControl)) throw new ArgumentException($"{name} must not contain control characters.", name);
    }

    public static void ValidatePriority(TicketPriority priority)
    {
        if (!Enum.IsDefined(priority)) throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority.");
    }

    public static void ValidateCloseOutcome(TicketOutcome outcome)
    {
        if (!Enum.IsDefined(outcome)) throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        if (outcome == TicketOutcome.CancelledByUser)
        {
            throw new ArgumentException("cancelled-by-user is set only when the user cancels a waiting ticket.", nameof(outcome));
        }
    }

    private static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
