using System.Security.Cryptography;

namespace Juesuan.Web;

/// <summary>
/// 首次使用 — while nobody can sign in, the setup page creates the first system administrator. So that
/// whoever reaches the page first cannot take the server, it asks for a one-time code that the server
/// writes only to its own log at start-up. There is no default password.
/// </summary>
public sealed class FirstRun
{
    /// <summary>Wrong codes allowed before the code stops working; a restart prints a new one.</summary>
    public const int MaxWrongCodes = 5;

    private volatile bool done;
    private int wrongCodes;

    public FirstRun(bool needed)
    {
        done = !needed;
        Code = needed ? Convert.ToHexString(RandomNumberGenerator.GetBytes(5)) : "";
    }

    /// <summary>The one-time setup code (empty once an administrator exists).</summary>
    public string Code { get; }

    public bool Needed => !done;

    /// <summary>Whether too many wrong codes were tried: the code no longer works, whatever is typed.</summary>
    public bool Locked => Volatile.Read(ref wrongCodes) >= MaxWrongCodes;

    /// <summary>Whether the code is the one printed; a wrong one counts towards <see cref="MaxWrongCodes"/>.</summary>
    public bool Accepts(string? code)
    {
        if (done || Locked) return false;
        var right = code is not null &&
            CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()), System.Text.Encoding.UTF8.GetBytes(Code));
        if (!right) Interlocked.Increment(ref wrongCodes);
        return right;
    }

    public void Complete() => done = true;
}
