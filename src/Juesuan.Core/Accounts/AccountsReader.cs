using System.Text.Json;
using Juesuan.Amounts;
using Juesuan.Catalog;
using static Juesuan.Accounts.AccountsVocabulary;

namespace Juesuan.Accounts;

/// <summary>
/// 决算数据文件读取 — reads the accounts JSON format (docs/accounts-format.md) into
/// <see cref="UnitAccounts"/>. Every problem is collected with its JSON path and a Chinese message;
/// a file with any problem yields no accounts at all.
/// </summary>
public static class AccountsReader
{
    public const string FormatId = "juesuan.accounts/1";

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    /// <summary>
    /// Reads accounts from JSON text. <paramref name="readMember"/> resolves a department's member file
    /// names (relative to this file) to their text and display name; null when the caller has no files.
    /// </summary>
    public static AccountsReadResult Read(string json, string fileName, Func<string, (string Json, string Name)?>? readMember = null) =>
        Read(json, fileName, readMember, depth: 0);

    private static AccountsReadResult Read(string json, string fileName, Func<string, (string Json, string Name)?>? readMember, int depth)
    {
        var errors = new List<AccountsError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            errors.Add(new AccountsError(fileName, JsonWalker.Where(e) ?? "$", JsonWalker.SyntaxMessage));
            return new AccountsReadResult(null, errors, AccountsFileSettings.None);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new AccountsError(fileName, "$", $"文件内容应为一个 JSON 对象，实际为{JsonWalker.Describe(document.RootElement)}"));
                return new AccountsReadResult(null, errors, AccountsFileSettings.None);
            }
            var root = new JsonWalker(document.RootElement, "$", fileName, errors);
            var parsed = new FileParser(root, errors, readMember, depth).Parse();
            return new AccountsReadResult(errors.Count == 0 ? parsed.Accounts : null, errors, parsed.Settings);
        }
    }

    private sealed class FileParser(JsonWalker root, List<AccountsError> errors, Func<string, (string Json, string Name)?>? readMember, int depth)
    {
        private CodeCatalog? _catalog;

        public (UnitAccounts? Accounts, AccountsFileSettings Settings) Parse()
        {
            var format = root.String("format", "文件格式标识", required: true);
            if (format is not null && format != FormatId)
                root.Error("$.format", $"文件格式标识应为“{FormatId}”，实际为“{format}”");
            var year = root.Int("fiscalYear", "决算年度", required: true, min: 2000, max: 2100);
            if (year is { } y)
            {
                _catalog = CodeCatalogs.ForYear(y);
                if (_catalog is null)
                    root.Error("$.fiscalYear", $"没有{y}年度适用的科目目录（最早的目录版本为{CodeCatalogs.EditionYears[0]}年）");
            }
            var unit = ReadProfile(root.Object("unit", "单位基本情况", required: true));
            var (settings, publication) = ReadSettings(root.Object("disclosure", "披露设置"));
            root.String("notes", "文件说明");

            var members = root.Strings("members", "部门汇总的单位文件").ToArray();
            var reasons = ReadReasons();
            var performance = ReadPerformance(root.Object("performance", "预算绩效情况"));
            var prior = ReadPriorYear(root.Object("priorYear", "上年决算数"));

            if (members.Length > 0)
            {
                var accounts = ReadDepartment(members, unit, year, reasons, performance, prior, publication);
                root.Done();
                return (accounts, settings);
            }

            var result = new UnitAccounts
            {
                FiscalYear = year ?? 0,
                Unit = unit!,
                Income = Lines("income", "本年收入明细", ReadIncome, l => (l.Code, l.Source), "同一科目同一收入来源"),
                Expenditure = Lines("expenditure", "本年支出明细", ReadExpenditure, l => (l.Code, l.Kind, l.Funding), "同一科目同一支出性质和资金性质"),
                BasicByEconomic = Lines("basicByEconomic", "基本支出经济分类明细", ReadEconomic, l => (l.Code, l.Funding), "同一经济分类科目同一资金性质"),
                OpeningBalances = Lines("openingBalances", "年初结转和结余", ReadBalance, l => (l.Funding, l.Code), "同一资金性质同一科目"),
                ClosingBalances = Lines("closingBalances", "年末结转和结余", ReadBalance, l => (l.Funding, l.Code), "同一资金性质同一科目"),
                UseOfNonFiscalSurplus = root.Amount("useOfNonFiscalSurplus", "使用非财政拨款结余") ?? Amount.Zero,
                SurplusDistribution = root.Amount("surplusDistribution", "结余分配") ?? Amount.Zero,
                Budgets = Lines("budgets", "年初预算", ReadBudget, l => l.Code, "同一科目"),
                ThreePublic = ReadThreePublic(root.Object("threePublic", "“三公”经费")),
                OperatingCosts = root.Amount("operatingCosts", "机关运行经费"),
                Procurement = ReadProcurement(root.Object("procurement", "政府采购")),
                Assets = ReadAssets(root.Object("assets", "国有资产占用")),
                Projects = Lines("projects", "项目", ReadProject, p => p.Id, "同一项目标识"),
                Performance = performance,
                PriorYear = prior,
                Reasons = reasons,
                Publication = publication,
            };
            root.Done();
            return (unit is null || year is null ? null : result, settings);
        }

        private UnitAccounts? ReadDepartment(
            (string Value, string Path)[] members, UnitProfile? unit, int? year,
            Dictionary<string, string> reasons, PerformanceNotes performance, PriorYearFigures prior, Publication publication)
        {
            foreach (var field in new[] { "income", "expenditure", "basicByEconomic", "openingBalances", "closingBalances", "budgets", "threePublic", "operatingCosts", "procurement", "assets", "projects" })
                if (root.Has(field))
                    root.Error("$." + field, $"部门汇总文件（有 members）不能直接填写“{field}”：部门数据由各单位文件汇总而来");
            if (readMember is null)
            {
                root.Error("$.members", "此处不能读取其他文件（只能在命令行中按文件路径汇总部门）");
                return null;
            }
            if (depth >= 4)
            {
                root.Error("$.members", "部门汇总的嵌套层级过深（最多4层），请检查是否有文件引用了自身");
                return null;
            }
            var loaded = new List<UnitAccounts>();
            foreach (var (name, path) in members)
            {
                if (readMember(name) is not { } member)
                {
                    root.Error(path, $"找不到单位文件“{name}”");
                    continue;
                }
                var result = Read(member.Json, member.Name, readMember, depth + 1);
                errors.AddRange(result.Errors);
                if (result.Accounts is { } a)
                {
                    if (year is { } y && a.FiscalYear != y)
                        root.Error(path, $"单位文件“{name}”的决算年度为{a.FiscalYear}年，与部门的{y}年不一致");
                    loaded.Add(a);
                }
            }
            if (unit is null || year is null || loaded.Count != members.Length) return null;
            return Consolidation.Consolidate(unit, loaded, reasons, performance, prior, publication);
        }

        private T[] Lines<T, TKey>(string name, string label, Func<JsonWalker, T?> read, Func<T, TKey> key, string duplicateWhat)
            where T : class
            where TKey : notnull
        {
            var lines = new List<T>();
            var seen = new Dictionary<TKey, string>();
            foreach (var w in root.Objects(name, label))
            {
                var line = read(w);
                w.Done();
                if (line is null) continue;
                if (seen.TryGetValue(key(line), out var first))
                {
                    w.Error(w.Path, $"与 {first} 重复（{duplicateWhat}只能填写一行，请合并金额）");
                    continue;
                }
                seen[key(line)] = w.Path;
                lines.Add(line);
            }
            return lines.ToArray();
        }

        private UnitProfile? ReadProfile(JsonWalker? w)
        {
            if (w is null) return null;
            var code = w.String("code", "单位编码", required: true);
            var name = w.String("name", "单位名称", required: true);
            var shortName = w.String("shortName", "单位简称");
            var type = w.Enum("type", "单位类型", UnitTypes, required: true);
            var functions = w.String("functions", "主要职能", required: true);
            var structure = w.String("structure", "机构设置", required: true);
            StaffNumbers? staff = null;
            if (w.Object("staff", "人员情况") is { } s)
            {
                staff = new StaffNumbers(s.Int("authorized", "编制人数"), s.Int("actual", "实有人数"), s.Int("retired", "离退休人数"));
                s.Done();
            }
            w.Done();
            return code is null || name is null || type is null || functions is null || structure is null
                ? null
                : new UnitProfile(code, name, shortName, type.Value, functions, structure, staff);
        }

        private (AccountsFileSettings, Publication) ReadSettings(JsonWalker? w)
        {
            if (w is null) return (AccountsFileSettings.None, Publication.None);
            var unit = w.Enum("amountUnit", "金额单位", AccountsVocabulary.AmountUnits);
            var template = w.String("template", "披露模板");
            var publication = new Publication(w.Date("approvalDate", "批复日期"), w.Date("publishedDate", "公开日期"), w.String("lateReason", "逾期公开原因"));
            w.Done();
            return (new AccountsFileSettings(unit, template), publication);
        }

        /// <summary>A function code that must be a 项 of this year's catalogue.</summary>
        private string? FunctionItem(JsonWalker w, string name, string label, bool required = true)
        {
            var code = w.String(name, label, required);
            if (code is null || _catalog is null) return code;
            var path = w.Path + "." + name;
            var found = _catalog.Find(CodeKind.Function, code);
            if (found is null)
            {
                w.Error(path, $"{_catalog.EditionYear}年版支出功能分类科目中没有“{code}”");
                return null;
            }
            if (found.Level != CodeLevel.Item)
            {
                w.Error(path, $"应填写7位的项级科目，“{code} {found.Name}”是{ClassificationCode.LevelName(found.Level)}级科目");
                return null;
            }
            return code;
        }

        private IncomeLine? ReadIncome(JsonWalker w)
        {
            var code = FunctionItem(w, "code", "功能分类科目编码");
            var source = w.Enum("source", "收入来源", Sources, required: true);
            var amount = w.Amount("amount", "金额", required: true);
            return code is null || source is null || amount is null ? null : new IncomeLine(code, source.Value, amount.Value);
        }

        private ExpenditureLine? ReadExpenditure(JsonWalker w)
        {
            var code = FunctionItem(w, "code", "功能分类科目编码");
            var kind = w.Enum("kind", "支出性质", Kinds, required: true);
            var funding = w.Enum("funding", "资金性质", Fundings, required: true);
            var amount = w.Amount("amount", "金额", required: true);
            if (kind is ExpenditureKind.Operating or ExpenditureKind.RemitToSuperior or ExpenditureKind.SubsidyToSubordinate
                && funding is { } f && f.IsFiscal())
            {
                w.Error(w.Path + ".funding", $"{kind.Value.Name()}只能使用非财政拨款资金（nonFiscal），实际为 {Spelling(Fundings, f)}");
                return null;
            }
            return code is null || kind is null || funding is null || amount is null ? null : new ExpenditureLine(code, kind.Value, funding.Value, amount.Value);
        }

        private EconomicLine? ReadEconomic(JsonWalker w)
        {
            var code = w.String("code", "经济分类科目编码", required: true);
            var funding = w.Enum("funding", "资金性质", Fundings, required: true);
            var amount = w.Amount("amount", "金额", required: true);
            if (code is not null && _catalog is not null)
            {
                var found = _catalog.Find(CodeKind.Economic, code);
                if (found is null)
                {
                    w.Error(w.Path + ".code", $"{_catalog.EditionYear}年版部门预算支出经济分类科目中没有“{code}”");
                    return null;
                }
                if (found.Level != CodeLevel.Section)
                {
                    w.Error(w.Path + ".code", $"应填写5位的款级经济分类科目，“{code} {found.Name}”是类级科目");
                    return null;
                }
            }
            return code is null || funding is null || amount is null ? null : new EconomicLine(code, funding.Value, amount.Value);
        }

        private BalanceLine? ReadBalance(JsonWalker w)
        {
            var funding = w.Enum("funding", "资金性质", Fundings, required: true);
            var code = w.Has("code") ? FunctionItem(w, "code", "功能分类科目编码") : null;
            var amount = w.Amount("amount", "金额", required: true);
            if (funding == Funding.GovernmentFund && !w.Has("code"))
                w.Error(w.Path + ".code", "政府性基金的结转和结余须填写功能分类科目编码（公开08表按科目列示）");
            return funding is null || amount is null ? null : new BalanceLine(funding.Value, code, amount.Value);
        }

        private BudgetLine? ReadBudget(JsonWalker w)
        {
            var code = FunctionItem(w, "code", "功能分类科目编码");
            var yearStart = w.Amount("yearStart", "年初预算数", required: true);
            var adjusted = w.Amount("adjusted", "调整预算数");
            return code is null || yearStart is null ? null : new BudgetLine(code, yearStart.Value, adjusted);
        }

        private ThreePublicItems ReadItems(JsonWalker? w)
        {
            if (w is null) return ThreePublicItems.Zero;
            var items = new ThreePublicItems(
                w.Amount("abroad", "因公出国（境）费") ?? Amount.Zero,
                w.Amount("vehiclePurchase", "公务用车购置费") ?? Amount.Zero,
                w.Amount("vehicleOperation", "公务用车运行费") ?? Amount.Zero,
                w.Amount("reception", "公务接待费") ?? Amount.Zero);
            w.Done();
            return items;
        }

        private ThreePublicExpenses ReadThreePublic(JsonWalker? w)
        {
            if (w is null) return ThreePublicExpenses.None;
            var result = new ThreePublicExpenses(
                ReadItems(w.Object("budget", "“三公”经费预算数", required: true)),
                ReadItems(w.Object("actual", "“三公”经费决算数", required: true)),
                w.Int("abroadDelegations", "因公出国（境）团组数") ?? 0,
                w.Int("abroadPersons", "因公出国（境）人次") ?? 0,
                w.Int("vehiclesPurchased", "本年购置公务用车数") ?? 0,
                w.Int("vehiclesHeld", "公务用车保有量", required: true) ?? 0,
                w.Int("receptionBatches", "国内公务接待批次") ?? 0,
                w.Int("receptionPersons", "国内公务接待人次") ?? 0,
                w.Int("foreignReceptionBatches", "外事接待批次") ?? 0,
                w.Int("foreignReceptionPersons", "外事接待人次") ?? 0);
            w.Done();
            return result;
        }

        private Procurement ReadProcurement(JsonWalker? w)
        {
            if (w is null) return Procurement.None;
            var result = new Procurement(
                w.Amount("goods", "政府采购货物支出") ?? Amount.Zero,
                w.Amount("works", "政府采购工程支出") ?? Amount.Zero,
                w.Amount("services", "政府采购服务支出") ?? Amount.Zero,
                w.Amount("awardedToSmes", "授予中小企业合同金额"),
                w.Amount("awardedToSmallMicro", "授予小微企业合同金额"));
            w.Done();
            return result;
        }

        private AssetHoldings ReadAssets(JsonWalker? w)
        {
            if (w is null) return AssetHoldings.None;
            var vehicles = new List<VehicleHolding>();
            foreach (var v in w.Objects("vehicles", "车辆"))
            {
                var category = v.Enum("category", "车辆类别", VehicleCategories, required: true);
                var count = v.Int("count", "车辆数", required: true);
                v.Done();
                if (category is not null && count is not null) vehicles.Add(new VehicleHolding(category.Value, count.Value));
            }
            var result = new AssetHoldings(
                vehicles,
                w.Int("generalEquipment", "大型通用设备台（套）数") ?? 0,
                w.Int("specialEquipment", "大型专用设备台（套）数") ?? 0,
                w.String("note", "资产补充说明"));
            w.Done();
            return result;
        }

        private Project? ReadProject(JsonWalker w)
        {
            var id = w.String("id", "项目标识", required: true);
            var name = w.String("name", "项目名称", required: true);
            var code = FunctionItem(w, "code", "功能分类科目编码");
            var funding = w.Enum("funding", "资金性质", Fundings, required: true);
            var yearStart = w.Amount("yearStartBudget", "年初预算数", required: true);
            var fullYear = w.Amount("fullYearBudget", "全年预算数", required: true);
            var executed = w.Amount("executed", "全年执行数", required: true);
            var evaluated = w.Bool("selfEvaluated", "是否开展绩效自评") ?? false;
            var description = w.String("description", "项目概况");
            return id is null || name is null || code is null || funding is null || yearStart is null || fullYear is null || executed is null
                ? null
                : new Project(id, name, code, funding.Value, yearStart.Value, fullYear.Value, executed.Value, evaluated, description);
        }

        private static PerformanceNotes ReadPerformance(JsonWalker? w)
        {
            if (w is null) return PerformanceNotes.None;
            var result = new PerformanceNotes(
                w.String("summary", "绩效管理工作开展情况"),
                w.String("problems", "发现的主要问题及原因"),
                w.String("improvements", "下一步改进措施"));
            w.Done();
            return result;
        }

        private PriorYearFigures ReadPriorYear(JsonWalker? w)
        {
            if (w is null) return PriorYearFigures.None;
            var bySource = new Dictionary<IncomeSource, Amount>();
            foreach (var (key, value, path) in w.Entries("incomeBySource", "上年各项收入"))
            {
                if (!Sources.TryGetValue(key, out var source)) { w.Error(path, $"收入来源应为 {string.Join("、", Sources.Keys)} 之一，实际为“{key}”"); continue; }
                if (w.ReadAmount(value, path, "上年" + source.Name()) is { } a) bySource[source] = a;
            }
            var byKind = new Dictionary<ExpenditureKind, Amount>();
            foreach (var (key, value, path) in w.Entries("expenditureByKind", "上年各类支出"))
            {
                if (!Kinds.TryGetValue(key, out var kind)) { w.Error(path, $"支出性质应为 {string.Join("、", Kinds.Keys)} 之一，实际为“{key}”"); continue; }
                if (w.ReadAmount(value, path, "上年" + kind.Name()) is { } a) byKind[kind] = a;
            }
            var byClass = new Dictionary<string, Amount>();
            foreach (var (key, value, path) in w.Entries("generalBudgetByClass", "上年一般公共预算财政拨款支出（按类）"))
            {
                var found = _catalog?.Find(CodeKind.Function, key);
                if (_catalog is not null && (found is null || found.Level != CodeLevel.Class))
                {
                    w.Error(path, $"应为3位的功能分类类级科目编码，实际为“{key}”");
                    continue;
                }
                if (w.ReadAmount(value, path, "上年类级支出") is { } a) byClass[key] = a;
            }
            ThreePublicItems? threePublic = w.Object("threePublic", "上年“三公”经费决算数") is { } t ? ReadItems(t) : null;
            var result = new PriorYearFigures
            {
                Total = w.Amount("total", "上年收入（支出）总计"),
                CurrentYearIncome = w.Amount("currentYearIncome", "上年本年收入合计"),
                IncomeBySource = bySource,
                CurrentYearExpenditure = w.Amount("currentYearExpenditure", "上年本年支出合计"),
                ExpenditureByKind = byKind,
                FiscalTotal = w.Amount("fiscalTotal", "上年财政拨款收入支出总计"),
                GeneralBudgetExpenditure = w.Amount("generalBudgetExpenditure", "上年一般公共预算财政拨款支出"),
                GeneralBudgetByClass = byClass,
                ThreePublic = threePublic,
                OperatingCosts = w.Amount("operatingCosts", "上年机关运行经费"),
                Procurement = w.Amount("procurement", "上年政府采购支出"),
            };
            w.Done();
            return result;
        }

        private Dictionary<string, string> ReadReasons()
        {
            var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value, path) in root.Entries("reasons", "原因说明"))
            {
                if (!ReasonKeys.IsKnown(key, out var budgetCode))
                {
                    root.Error(path, $"未知的原因说明键“{key}”；可用的键为：{ReasonKeys.Description}");
                    continue;
                }
                if (budgetCode is not null && _catalog is not null && _catalog.Find(CodeKind.Function, budgetCode)?.Level != CodeLevel.Item)
                {
                    root.Error(path, $"“budget.”后应为{_catalog.EditionYear}年版的7位功能分类项级科目编码，实际为“{budgetCode}”");
                    continue;
                }
                if (value.ValueKind != JsonValueKind.String)
                {
                    root.Error(path, $"原因说明应为文本，实际为{JsonWalker.Describe(value)}");
                    continue;
                }
                reasons[key] = value.GetString()!;
            }
            return reasons;
        }
    }
}
