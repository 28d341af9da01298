using System.Text.Json;
using Helpline.Core.Languages;
using Helpline.Core.Schema;
using Helpline.Dialogs.Culture;
using Helpline.Dialogs.Tests.Conversations;
using Helpline.Locales;
using Microsoft.Extensions.Localization;

namespace Helpline.Dialogs.Tests.Dialogs;

/// <summary>The web chat page's language and country pickers reach the conversation through channelData.</summary>
public sealed class PagePickerTests
{
    private static Activity FromPage(ScriptUser user, string text, string language, string country)
    {
        var activity = user.Message(text);
        activity.ChannelData = JsonSerializer.SerializeToElement(new { language, country });
        return activity;
    }

    [Fact]
    public async Task ChangingTheLanguageOnThePageSwitchesTheBotsLanguage()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("ro", sms: false);
        var strings = host.Get<IStringLocalizer<Strings>>();

        var first = await host.SendAsync(FromPage(user, "Bună ziua", "ro", "RO"));
        Assert.Contains(first, a => a.Text == strings.InCulture("ro", "Welcome.Greeting"));

        // The user picks Ukrainian on the page and writes a word that says nothing about its language.
        var afterPick = await host.SendAsync(FromPage(user, "ok", "uk", "RO"));
        string[] keys = ["Menu.NotUnderstood", "Menu.Again", "Menu.Prompt", "Language.Changed"];
        var texts = afterPick.Select(a => a.Text).ToList();
        Assert.Contains(texts, t => keys.Any(k => t == strings.InCulture("uk", k)));
        Assert.DoesNotContain(texts, t => keys.Any(k => t == strings.InCulture("ro", k)));
    }

    [Fact]
    public async Task ThePagesLanguageIsOnlyAFallbackOnTheFirstMessage()
    {
        using var host = new HelplineTestHost();
        var user = new ScriptUser("uk", sms: false);
        var strings = host.Get<IStringLocalizer<Strings>>();

        // The page still shows its default (English) but the user writes clearly in Ukrainian.
        var replies = await host.SendAsync(FromPage(user, "Привіт, мені запропонували роботу в Польщі", "en", "UA"));
        Assert.DoesNotContain(replies, a => a.Text == strings.InCulture("en", "Welcome.Greeting"));
        Assert.Contains(replies, a => a.Text == strings.InCulture("uk", "Welcome.Greeting"));
    }
}
