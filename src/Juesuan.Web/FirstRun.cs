using System.Security.Cryptography;

namespace Juesuan.Web;

/// <summary>
/// 首次使用 — while nobody can sign in, the setup page creates the first system administrator. So that
/// whoever reaches the page first cannot take the server, it asks for a one-time code that the server
/// writes only to its own log at start-up. There is no default password.
/// </summary>
public sealed class FirstRun
{
    private volatile bool done;

    public FirstRun(bool needed)
    {
        done = !needed;
        Code = needed ? Convert.ToHexString(RandomNumberGenerator.GetBytes(5)) : "";
    }

    /// <summary>The one-time setup code (empty once an administrator exists).</summary>
    public string Code { get; }

    public bool Needed => !done;

    public bool Accepts(string? code) => !done && code is not null &&
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()), System.Text.Encoding.UTF8.GetBytes(Code));

    public void Complete() => done = true;
}
