using System.Globalization;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>
    /// 倍 — "增长2倍" is, strictly, to three times last year's figure, but many texts write it for twice: a growth stated as a
    /// multiple is contradicted only when neither reading gives it (the strict one, 200 %, or the loose one, 100 %).
    /// </summary>
    private static void MultiplesReadLoosely(List<Claim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim is not { Kind: ClaimKind.Change, Verdict: ClaimVerdict.Contradicted, RecomputedLow: { } low, RecomputedHigh: { } high }
                || !claim.Stated.TrimEnd().EndsWith('倍')) continue;
            var digits = claim.Stated.TrimEnd().TrimEnd('倍');
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var times)) continue;
            // The same precision the scanner gives a multiple: a whole one to a tenth.
            var step = digits.Contains('.') ? 100m / (decimal)Math.Pow(10, digits.Split('.')[1].Length) : 10m;
            var loose = (times - 1m) * 100m;
            if (loose - step / 2 > high || loose + step < low) continue;
            claims[i] = claim with
            {
                Verdict = ClaimVerdict.Consistent, Difference = null,
                Explanation = $"“{claim.Stated.Trim()}”也常用来说为上年的{times.ToString(CultureInfo.InvariantCulture)}倍，即增长 {P(loose)}，按此理解与所写数额相符。",
            };
        }
    }
}
