using System.Diagnostics.Metrics;

namespace Helpline.Channels.Sms;

/// <summary>SMS counters: segments sent (what is billed), messages sent, sends that finally failed.</summary>
public sealed class SmsMetrics : IDisposable
{
    public const string MeterName = "Helpline.Sms";

    private readonly Meter _meter;
    private readonly Counter<long> _segments;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _failures;

    public SmsMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _segments = _meter.CreateCounter<long>("helpline.sms.segments", "{segment}", "SMS segments sent (each billed as one message).");
        _messages = _meter.CreateCounter<long>("helpline.sms.messages", "{message}", "SMS messages sent.");
        _failures = _meter.CreateCounter<long>("helpline.sms.send_failures", "{message}", "Outbound SMS that finally failed and were kept for staff.");
    }

    public void Sent(int segments, string via)
    {
        _messages.Add(1, new KeyValuePair<string, object?>("via", via));
        _segments.Add(segments, new KeyValuePair<string, object?>("via", via));
    }

    public void Failed() => _failures.Add(1);

    public void Dispose() => _meter.Dispose();
}
