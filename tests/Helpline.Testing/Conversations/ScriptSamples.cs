using Helpline.Core;

namespace Helpline.Testing.Conversations;

/// <summary>
/// What the scripted users write, per language (tests may hold text in every language), and where they
/// write from: the phone number (SMS) and the page's country and locale (web chat) of each culture.
/// </summary>
public static class ScriptSamples
{
    /// <summary>A first message whose language is clear.</summary>
    public static readonly IReadOnlyDictionary<string, string> Greeting = new Dictionary<string, string>
    {
        ["sq"] = "Përshëndetje, kam një pyetje për një punë jashtë vendit",
        ["ro"] = "Bună ziua, am o întrebare despre o ofertă de muncă",
        ["uk"] = "Привіт, у мене є питання про роботу за кордоном",
        ["ru"] = "Здравствуйте, у меня вопрос о работе за границей",
        ["en"] = "Hello, I have a question about a job abroad",
    };

    /// <summary>A pasted job offer with several risk signs (pay far above normal, no experience, tickets paid, under-18s, Viber only).</summary>
    public static readonly IReadOnlyDictionary<string, string> Offer = new Dictionary<string, string>
    {
        ["sq"] = "Punë në Itali për vajza nga 16 vjeç, pagë 3000 euro në muaj, pa eksperiencë. Biletat dhe banimi falas. Shkruaj vetëm në Viber, nisemi javën tjetër!",
        ["ro"] = "Lucru în Italia pentru fete de la 16 ani, salariu 3000 euro pe lună, fără experiență. Biletul și cazarea gratuite. Scrie doar pe Viber, plecăm săptămâna viitoare!",
        ["uk"] = "Робота в Італії для дівчат від 16 років, зарплата 3000 євро на місяць, без досвіду. Квитки та житло безкоштовно. Пишіть тільки у Viber, виїзд наступного тижня!",
        ["ru"] = "Работа в Италии для девушек от 16 лет, зарплата 3000 евро в месяц, без опыта. Билеты и жильё бесплатно. Пишите только в Viber, выезд на следующей неделе!",
        ["en"] = "Work in Italy for girls from 16 years old, salary 3000 euro a month, no experience needed. Tickets and housing free. Write only on Viber, we leave next week!",
    };

    /// <summary>A question about one advice topic, answered with <see cref="TopicOfQuestion"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> TopicQuestion = new Dictionary<string, string>
    {
        ["sq"] = "A duhet ta jap pasaportën te punëdhënësi?",
        ["ro"] = "Trebuie să dau pașaportul angajatorului?",
        ["uk"] = "Чи треба віддавати паспорт роботодавцю?",
        ["ru"] = "Нужно ли отдавать паспорт работодателю?",
        ["en"] = "Should I give my passport to the employer?",
    };

    public const string TopicOfQuestion = "Passport";

    /// <summary>The phone number a culture's SMS user writes from (the prefix sets the country).</summary>
    public static string PhoneNumber(string culture) => Country(culture) switch
    {
        HelplineCountries.Albania => "+355691234567",
        HelplineCountries.Moldova => "+37369123456",
        HelplineCountries.Romania => "+40721234567",
        HelplineCountries.Ukraine => "+380501234567",
        _ => throw new ArgumentOutOfRangeException(nameof(culture)),
    };

    /// <summary>The country of each scripted culture's user.</summary>
    public static string Country(string culture) => culture switch
    {
        "sq" => HelplineCountries.Albania,
        "ro" => HelplineCountries.Romania,
        "ro-MD" => HelplineCountries.Moldova,
        "uk" => HelplineCountries.Ukraine,
        "ru" => HelplineCountries.Moldova,
        "en" => HelplineCountries.Romania,
        _ => throw new ArgumentOutOfRangeException(nameof(culture)),
    };

    /// <summary>The locale of the web chat page.</summary>
    public static string PageLocale(string culture) => culture.Contains('-') ? culture : $"{culture}-{Country(culture)}";

    /// <summary>The language a conversation in <paramref name="culture"/> switches to in the language script.</summary>
    public static string SwitchTarget(string culture) => HelplineLanguages.BaseLanguage(culture) switch
    {
        "sq" => "en",
        "ro" => "ru",
        "uk" => "ru",
        "ru" => "uk",
        _ => "sq",
    };
}
