namespace Helpline.Server.Console;

public static class ConsoleApplicationBuilderExtensions
{
    /// <summary>Authentication, authorization and the console's antiforgery check, in that order (before the endpoints).</summary>
    public static WebApplication UseHelplineConsole(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ConsoleAntiforgeryMiddleware>();
        return app;
    }
}
