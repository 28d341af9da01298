using System.Text.Json;
using Helpline.Channels.Sms;

namespace Helpline.Channels.Tests.Sms;

/// <summary>
/// The validator against vectors made by the official twilio npm library (tests/e2e/twilio-signature-vectors.mjs;
/// a node test proves the file is what the library makes).
/// </summary>
public class TwilioSignatureTests
{
    public sealed record Check(string Url, string AuthToken, bool Valid);

    public sealed record Vector(string Name, string AuthToken, string Url, Dictionary<string, JsonElement> Params, string Signature, List<Check> Checks)
    {
        public IEnumerable<KeyValuePair<string, string>> Pairs() => Params.SelectMany(p => p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray().Select(v => new KeyValuePair<string, string>(p.Key, v.GetString()!))
            : [new KeyValuePair<string, string>(p.Key, p.Value.GetString()!)]);

        public override string ToString() => Name;
    }

    public static TheoryData<Vector> Vectors()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sms", "twilio-signature-vectors.json"));
        var data = new TheoryData<Vector>();
        foreach (var v in JsonSerializer.Deserialize<List<Vector>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!) data.Add(v);
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ComputesTheSameSignatureAsTheOfficialLibrary(Vector vector)
    {
        Assert.Equal(vector.Signature, TwilioSignature.Compute(vector.AuthToken, vector.Url, vector.Pairs()));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void AcceptsAndRefusesExactlyAsTheOfficialValidator(Vector vector)
    {
        foreach (var check in vector.Checks)
        {
            Assert.True(check.Valid == TwilioSignature.IsValid(check.AuthToken, check.Url, vector.Pairs(), vector.Signature),
                $"{vector.Name}: {check.Url} with token {check.AuthToken} should be {(check.Valid ? "valid" : "refused")}");
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ATamperedBodyIsRefused(Vector vector)
    {
        var tampered = vector.Pairs().Select(p => p.Key == "Body" ? new KeyValuePair<string, string>(p.Key, p.Value + " ") : p)
            .Append(new KeyValuePair<string, string>("Injected", "1"));
        Assert.False(TwilioSignature.IsValid(vector.AuthToken, vector.Url, tampered, vector.Signature));
    }

    [Fact]
    public void AMissingOrEmptySignatureOrTokenIsRefused()
    {
        var p = new[] { new KeyValuePair<string, string>("Body", "x") };
        var sig = TwilioSignature.Compute("tok", "https://a.example/x", p);
        Assert.True(TwilioSignature.IsValid("tok", "https://a.example/x", p, sig));
        Assert.False(TwilioSignature.IsValid("tok", "https://a.example/x", p, null));
        Assert.False(TwilioSignature.IsValid("tok", "https://a.example/x", p, ""));
        Assert.False(TwilioSignature.IsValid("", "https://a.example/x", p, sig));
        Assert.False(TwilioSignature.IsValid("tok", "https://a.example/x", p, sig[..^2]));
    }
}
