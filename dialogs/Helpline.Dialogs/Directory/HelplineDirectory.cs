using System.Globalization;
using Helpline.Core;
using Helpline.Locales;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Helpline.Dialogs.Directory;

/// <summary>
/// The who-can-help directory: national numbers per served country plus the common EU numbers, read
/// from the YAML files embedded in Helpline.Locales (<c>directory/&lt;CC&gt;.yaml</c>). Every entry is
/// validated at load; a file with a missing number, kind, source or verification date fails the start.
/// Immutable after load, safe to share as a singleton.
/// </summary>
public sealed class HelplineDirectory
{
    /// <summary>The region of the numbers common to the EU (112, 116 000, 116 111).</summary>
    public const string EuropeanUnion = "EU";

    private const string ResourcePrefix = "directory/";

    /// <summary>The served countries that are EU member states (their own list already holds the EU numbers).</summary>
    private static readonly HashSet<string> EuMembers = [HelplineCountries.Romania];

    private readonly IReadOnlyDictionary<string, IReadOnlyList<HelplineContact>> _byRegion;

    private HelplineDirectory(IReadOnlyDictionary<string, IReadOnlyList<HelplineContact>> byRegion)
    {
        _byRegion = byRegion;
    }

    /// <summary>Every region that has a file (served countries and EU).</summary>
    public IReadOnlyCollection<string> Regions => _byRegion.Keys.ToList();

    /// <summary>Every entry of every region, also the unverified ones.</summary>
    public IEnumerable<HelplineContact> All => _byRegion.Values.SelectMany(e => e);

    /// <summary>Loads the files embedded in the Helpline.Locales assembly (<c>directory/*.yaml</c>).</summary>
    public static HelplineDirectory FromEmbeddedResources()
    {
        var files = LocaleResources.List(ResourcePrefix)
            .Where(name => name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(name => (name, LocaleResources.ReadText(name)))
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException("No directory/*.yaml resources are embedded in Helpline.Locales.");
        }
        return Parse(files);
    }

    /// <summary>
    /// Builds a directory from YAML texts (file name, content). Throws <see cref="InvalidDataException"/>
    /// naming the file and entry when an entry is incomplete.
    /// </summary>
    public static HelplineDirectory Parse(IEnumerable<(string Name, string Yaml)> files)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        var byRegion = new Dictionary<string, IReadOnlyList<HelplineContact>>(StringComparer.Ordinal);
        foreach (var (name, yaml) in files)
        {
            HelplineDirectoryFile? file;
            try
            {
                file = deserializer.Deserialize<HelplineDirectoryFile>(yaml);
            }
            catch (YamlException ex)
            {
                throw new InvalidDataException($"{name}: not a valid directory file ({ex.Message}).", ex);
            }
            if (file is null) throw new InvalidDataException($"{name}: the file is empty.");
            var region = RegionOf(name, file.Country);
            if (byRegion.ContainsKey(region)) throw new InvalidDataException($"{name}: a second file for {region}.");
            var entries = (file.Entries ?? []).Select((e, i) => Validate(name, region, i, e)).ToList();
            if (entries.Count == 0) throw new InvalidDataException($"{name}: no entries.");
            byRegion[region] = entries;
        }
        return new HelplineDirectory(byRegion);
    }

    /// <summary>
    /// The numbers for a user in <paramref name="country"/>: the country's own entries, most urgent
    /// first, then the common EU numbers (for travel and work in the EU). In an EU member state the EU
    /// numbers it already lists are not repeated. An unknown or missing country gets the EU numbers only.
    /// Includes unverified entries; use <see cref="Verified"/> for what users see.
    /// </summary>
    public IReadOnlyList<HelplineContact> ForCountry(string? country)
    {
        var code = HelplineCountries.Normalize(country);
        var own = code is not null && _byRegion.TryGetValue(code, out var list) ? list : [];
        var eu = _byRegion.TryGetValue(EuropeanUnion, out var common) ? common : [];
        var repeated = code is not null && EuMembers.Contains(code)
            ? own.Select(e => Digits(e.Number)).ToHashSet(StringComparer.Ordinal)
            : [];
        return own
            .OrderBy(e => HelplineContactKind.Rank(e.Kind))
            .Concat(eu.Where(e => !repeated.Contains(Digits(e.Number))).OrderBy(e => HelplineContactKind.Rank(e.Kind)))
            .ToList();
    }

    /// <summary>The entries of <see cref="ForCountry"/> that have been checked and may be shown to users.</summary>
    public IReadOnlyList<HelplineContact> Verified(string? country) =>
        ForCountry(country).Where(e => e.IsVerified).ToList();

    /// <summary>The emergency number (112 everywhere the helpline serves).</summary>
    public HelplineContact? Emergency(string? country) => FirstOfKind(country, HelplineContactKind.Emergency);

    /// <summary>The child helpline (116 111 in every served country).</summary>
    public HelplineContact? ChildHelpline(string? country) => FirstOfKind(country, HelplineContactKind.ChildHelpline);

    /// <summary>The anti-trafficking hotline of the country, or null where none is verified.</summary>
    public HelplineContact? AntiTrafficking(string? country) => FirstOfKind(country, HelplineContactKind.AntiTrafficking);

    private HelplineContact? FirstOfKind(string? country, string kind) =>
        Verified(country).FirstOrDefault(e => e.Kind == kind);

    internal static string Digits(string number) =>
        new(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    private static string RegionOf(string name, string? declared)
    {
        var fileName = Path.GetFileNameWithoutExtension(name.Replace('\\', '/').Split('/')[^1]).ToUpperInvariant();
        var region = (declared ?? fileName).Trim().ToUpperInvariant();
        if (region != fileName)
        {
            throw new InvalidDataException($"{name}: declares country {region}, but the file is named for {fileName}.");
        }
        if (region != EuropeanUnion && !HelplineCountries.IsServed(region))
        {
            throw new InvalidDataException($"{name}: {region} is not a served country or EU.");
        }
        return region;
    }

    private static HelplineContact Validate(string file, string region, int index, HelplineDirectoryFile.Entry e)
    {
        var where = $"{file}, entry {index + 1}";
        if (string.IsNullOrWhiteSpace(e.Kind) || !HelplineContactKind.IsKnown(e.Kind))
        {
            throw new InvalidDataException($"{where}: kind must be one of {string.Join(", ", HelplineContactKind.All)}.");
        }
        if (string.IsNullOrWhiteSpace(e.Number) || Digits(e.Number).Count(char.IsAsciiDigit) < 3 ||
            e.Number.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+')))
        {
            throw new InvalidDataException($"{where}: number is missing or has characters other than digits, spaces and +.");
        }
        if (string.IsNullOrWhiteSpace(e.Name?.Local) || string.IsNullOrWhiteSpace(e.Name?.En))
        {
            throw new InvalidDataException($"{where}: name needs both local and en.");
        }
        if (string.IsNullOrWhiteSpace(e.Source))
        {
            throw new InvalidDataException($"{where}: source is missing (where is this number published?).");
        }
        var hours = string.IsNullOrWhiteSpace(e.Hours) ? HelplineContact.Unknown : e.Hours.Trim();
        if (hours is not (HelplineContact.AlwaysOpen or HelplineContact.Unknown))
        {
            throw new InvalidDataException($"{where}: hours must be 24/7 or unknown.");
        }
        var cost = string.IsNullOrWhiteSpace(e.Cost) ? HelplineContact.Unknown : e.Cost.Trim();
        if (cost is not (HelplineContact.Free or HelplineContact.Paid or HelplineContact.Unknown))
        {
            throw new InvalidDataException($"{where}: cost must be free, paid or unknown.");
        }
        DateOnly? lastVerified = null;
        if (!string.IsNullOrWhiteSpace(e.LastVerified))
        {
            if (!DateOnly.TryParseExact(e.LastVerified.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{where}: lastVerified must be an ISO date (yyyy-MM-dd).");
            }
            lastVerified = date;
        }
        if (lastVerified is null && !e.Unverified)
        {
            throw new InvalidDataException($"{where}: needs lastVerified, or unverified: true until someone checks it.");
        }
        if (lastVerified is not null && e.Unverified)
        {
            throw new InvalidDataException($"{where}: has both lastVerified and unverified: true; keep one.");
        }
        return new HelplineContact(region, e.Kind, e.Number.Trim(), e.Name!.Local!.Trim(), e.Name.En!.Trim(),
            hours, cost, e.Source.Trim(), lastVerified, e.Unverified);
    }
}
