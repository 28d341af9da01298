namespace Helpline.Core.Sms;

/// <summary>
/// How an SMS body is sent: its encoding, the number of segments (each billed as one message) and its
/// length in encoding units (GSM-7 septets, where an extension character counts twice, or UTF-16 units).
/// </summary>
public readonly record struct SmsSegmentCount(SmsEncoding Encoding, int Segments, int Units)
{
    /// <summary>Units that fit in one unsplit message of this encoding.</summary>
    public int SingleLimit => Encoding == SmsEncoding.Gsm7 ? SmsSegments.Gsm7Single : SmsSegments.Ucs2Single;

    /// <summary>Units per segment once a message is split (the rest carries the concatenation header).</summary>
    public int MultipartLimit => Encoding == SmsEncoding.Gsm7 ? SmsSegments.Gsm7Multipart : SmsSegments.Ucs2Multipart;
}
