using StackExchange.Redis;

namespace Helpline.Redis;

public sealed partial class RedisKeys
{
    /// <summary>The hash tag of the counsellor account and presence keys, <c>{&lt;prefix&gt;counsellors}</c>.</summary>
    private string CounsellorsTag => "{" + Prefix + "counsellors}:";

    /// <summary>
    /// HASH name, role, hash (salted password hash), created (unix ms), failed (count), locked-until (unix ms):
    /// one counsellor account. No expiry: removed by <c>helpline counsellor remove</c>.
    /// </summary>
    public RedisKey CounsellorAccount(string name) => CounsellorsTag + "account:" + name;

    /// <summary>SET of counsellor account names. No expiry; a name leaves with its account.</summary>
    public RedisKey CounsellorNames => CounsellorsTag + "names";

    /// <summary>ZSET counsellor name, score = unix ms until which they count as online. Past members are removed on read.</summary>
    public RedisKey CounsellorPresence => CounsellorsTag + "presence";

    /// <summary>STRING list of ASP.NET Core data-protection keys (the bearer tokens' keys), shared by every instance. No expiry.</summary>
    public RedisKey DataProtectionKeys => Prefix + "data-protection-keys";
}
