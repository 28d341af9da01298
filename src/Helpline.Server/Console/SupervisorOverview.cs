namespace Helpline.Server.Console;

/// <summary>The supervisor view: every open ticket, who holds it, waiting times, and who is online.</summary>
public sealed record SupervisorOverview(DateTimeOffset Now, int WaitingAlertMinutes, IReadOnlyList<SupervisorTicket> Tickets, IReadOnlyList<string> Online);
