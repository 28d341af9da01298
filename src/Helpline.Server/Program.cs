using Helpline.Redis;
using Helpline.Server.Console;
using Helpline.Server.Counselling;
using Helpline.Server.DirectLine;
using Helpline.Server.Hosting;
using Helpline.Server.JobOffers;
using Helpline.Server.Sms;

var builder = WebApplication.CreateBuilder(args);

// The README's run command: http://127.0.0.1:5080 unless ASPNETCORE_URLS or --urls says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.AddHelplineServices();
builder.Services.AddDirectLine(builder.Configuration);
builder.AddHelplineConsole();

var app = builder.Build();

app.LogStartupMode();
app.UseForwardedHeaders();
app.UseStatusCodePages();
app.UseRateLimiter();
app.UseHelplineConsole();

app.MapSmsApi();
app.MapJobOfferApi();
app.MapDirectLineApi();
app.MapCounsellorApi();
app.MapConsoleApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
