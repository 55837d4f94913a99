using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.DocumentModel;

namespace Juesuan.Performance;

/// <summary>
/// 计分方法 — a named, versioned scoring method, so a bureau's variant is explicit: the weight and
/// denominator of 预算执行率, how reverse (≤) indicators lose points, the three qualitative bands,
/// rescaling of non-applicable indicators, rounding and the grade bands.
/// </summary>
public sealed record ScoringMethod
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required string Name { get; init; }
    public required string Basis { get; init; }
    public required ExecutionScoring Execution { get; init; }

    /// <summary>反向指标计分: ratio (实际超出时 w × 目标 ÷ 实际) or linear (w × (1 − 超出部分 ÷ 目标)，两倍以上为0).</summary>
    public required ReverseScoring Reverse { get; init; }

    public required QualitativeBands Qualitative { get; init; }

    /// <summary>Whether the total is the earned share of the applicable weights × 100 (non-applicable indicators rescaled).</summary>
    public required bool Rescale { get; init; }

    public required int Decimals { get; init; }

    /// <summary>Grade bands, each with its inclusive lower bound, highest first.</summary>
    public required IReadOnlyList<GradeBand> Grades { get; init; }

    public string Grade(decimal score) => Grades.OrderByDescending(g => g.Min).First(g => score >= g.Min).Name;

    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    private const string Prefix = "Juesuan.Performance.Methods.";
    private static readonly ConcurrentDictionary<string, ScoringMethod?> Shipped = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public const string DefaultId = "national-2020";

    /// <summary>The shipped methods' ids.</summary>
    public static IReadOnlyList<string> ShippedIds { get; } = typeof(ScoringMethod).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..^".json".Length]).Order().ToArray();

    /// <summary>A shipped method by id, or null.</summary>
    public static ScoringMethod? Find(string id) => Shipped.GetOrAdd(id, key =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + key + ".json");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), key + ".json").Method;
    });

    /// <summary>Reads a method file; a mistake is reported with the file and what was wrong.</summary>
    public static (ScoringMethod? Method, string? Error) Parse(string json, string fileName)
    {
        try
        {
            var method = JsonSerializer.Deserialize<ScoringMethod>(json, Json);
            if (method is null) return (null, $"{fileName}：文件为空");
            if (method.Grades.Count == 0 || method.Grades.Min(g => g.Min) > 0) return (null, $"{fileName}：评价等级须覆盖0分以上的所有得分");
            return (method, null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"第{line + 1}行" : "";
            return (null, $"{fileName} {where}：计分方法文件有误（{e.Path}）");
        }
    }
}

/// <summary>预算执行率的计分.</summary>
/// <param name="Weight">分值 (10 by default).</param>
/// <param name="Denominator">执行率的分母: 全年预算数 (fullYear) or 年初预算数 (yearStart).</param>
public sealed record ExecutionScoring(decimal Weight, ExecutionDenominator Denominator);

/// <summary>预算执行率的分母.</summary>
public enum ExecutionDenominator
{
    /// <summary>全年预算数.</summary>
    FullYear,

    /// <summary>年初预算数.</summary>
    YearStart,
}

/// <summary>反向指标的计分变体.</summary>
public enum ReverseScoring
{
    /// <summary>变体A：w × 目标 ÷ 实际.</summary>
    Ratio,

    /// <summary>变体B：w × (1 − (实际 − 目标) ÷ 目标)，实际达到目标两倍时为0.</summary>
    Linear,
}

/// <summary>定性指标的三档, each a range of percent of the weight and the score given when none is stated.</summary>
public sealed record QualitativeBands(BandRange Achieved, BandRange Partly, BandRange NotAchieved)
{
    public BandRange Of(QualitativeBand band) => band switch
    {
        QualitativeBand.Achieved => Achieved,
        QualitativeBand.Partly => Partly,
        _ => NotAchieved,
    };

    /// <summary>The band a percentage of completion falls in.</summary>
    public QualitativeBand BandOf(decimal percent) =>
        percent >= Achieved.Low ? QualitativeBand.Achieved : percent >= Partly.Low ? QualitativeBand.Partly : QualitativeBand.NotAchieved;
}

/// <summary>One qualitative band: [Low, High] percent of the weight (High inclusive only for the top band), and its default.</summary>
public sealed record BandRange(decimal Low, decimal High, decimal Default);

/// <summary>评价等级.</summary>
public sealed record GradeBand(string Name, decimal Min);
