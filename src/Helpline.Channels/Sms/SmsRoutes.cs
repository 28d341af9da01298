namespace Helpline.Channels.Sms;

public static class SmsRoutes
{
    public const string Inbound = "/api/sms/twilio";
    public const string StatusCallback = "/api/sms/twilio/status";
}
