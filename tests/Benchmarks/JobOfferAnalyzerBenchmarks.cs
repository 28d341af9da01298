using BenchmarkDotNet.Attributes;
using Helpline.Safety.JobOffers;

namespace Benchmarks;

/// <summary>
/// One analysis of a 500-character offer (all five languages' lexicons, money, ages, contacts).
/// Target: at least 20,000 analyses per second per core, i.e. at most 50 µs per analysis.
/// Run: dotnet run -c Release --project tests/Benchmarks -- --filter *JobOffer* --job short
/// </summary>
[MemoryDiagnoser]
public class JobOfferAnalyzerBenchmarks
{
    private static readonly string[] Offers =
    [
        "Căutăm fete 16-22 ani pentru dans într-un club din Antalya. Salariu 3500 euro pe lună, drumul și cazarea gratuite, " +
        "nu e nevoie de experiență sau de limbă străină. Plecare săptămâna asta, locurile sunt limitate! Pașaportul rămâne la " +
        "patron pentru siguranța voastră. Taxa de înregistrare este 150 euro, se plătește în avans. Scrie pe WhatsApp la " +
        "0722 123 456 sau pe Viber, detalii doar în privat. Lucru serios, bani mulți, cazare lângă club, transport asigurat. Sunați oricând, vă așteptăm cu drag!",
        "Робота за кордоном для молоді без досвіду і без знання мови! Великі заробітки, 5000 євро щомісяця, житло та дорога " +
        "безкоштовно. Оплата за оформлення документів 200 євро. Паспорт залишається у роботодавця на весь сезон. Виїзд " +
        "завтра, кількість місць обмежена. Деталі в особисті або пишіть у вайбер 067 123 45 67. Працюємо у Польщі та " +
        "Чехії, договір по приїзду, зарплату отримує бригадир. Запрошуємо дівчат від 16 років, гарна зовнішність. Телефонуйте будь-коли, чекаємо на вас!",
        "Agenția de ocupare ProMunca SRL, licența nr. 123/2021 eliberată de ANOFM, recrutează culegători de fructe pentru " +
        "Danemarca. Contract semnat în România înainte de plecare, în limba română. Nu percepem comision de la candidați. " +
        "Doar persoane peste 18 ani. Salariu 2300 euro brut pe lună, cazarea costă 90 euro pe săptămână. Sediul nostru: " +
        "str. Lipscani 25, București. Trimiteți CV-ul la hr@promunca.ro sau sunați la 021 312 4567, luni-vineri 9-17. Vă așteptăm și la biroul nostru.",
        "Kerkojme vajza te bukura per pune si hostess ne Qipro dhe Greqi, paga 6000 euro ne muaj plus bakshish. Udhetoni me " +
        "vize turistike, te tjerat i rregullojme ne. Rruga dhe fjetja falas, biletat i zbresim nga rroga e pare. Nisja neser, " +
        "vende te kufizuara! Detaje ne privat ose ne WhatsApp 069 234 5678. Nuk duhet eksperience, as gjuhe. Pasaporta " +
        "mbetet te punedhenesi per siguri. Pranojme edhe te mitur me leje nga prinderit, mosha nga 16 vjec. Na shkruani sot, ju presim me kenaqesi!",
    ];

    private JobOfferAnalyzer _analyzer = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() => _analyzer = JobOfferAnalyzer.CreateDefault();

    [Benchmark]
    public JobOfferReport AnalyzeFiveHundredCharacterOffer()
    {
        var text = Offers[_next++ & 3];
        return _analyzer.Analyze(text, "MD");
    }
}
