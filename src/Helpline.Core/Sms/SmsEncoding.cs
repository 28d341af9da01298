namespace Helpline.Core.Sms;

/// <summary>The character set an SMS is sent in, which decides how many characters fit a segment.</summary>
public enum SmsEncoding
{
    /// <summary>GSM 03.38 default alphabet: 160 characters alone, 153 per segment when split.</summary>
    Gsm7,
    /// <summary>UCS-2 (UTF-16): 70 characters alone, 67 per segment when split.</summary>
    Ucs2,
}
