namespace Helpline.Channels.Sms;

public enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}
