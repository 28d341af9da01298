namespace Helpline.Server.Console;

/// <summary>One open ticket in the supervisor view, with how long it has waited since it was enqueued.</summary>
public sealed record SupervisorTicket(ConsoleTicketSummary Ticket, double WaitingMinutes, bool OverThreshold);
