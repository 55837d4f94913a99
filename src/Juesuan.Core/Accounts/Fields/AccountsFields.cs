using Juesuan.Amounts;
using Juesuan.Catalog;
using static Juesuan.Accounts.AccountsVocabulary;

namespace Juesuan.Accounts.Fields;

/// <summary>决算数据文件内容 — what one accounts file holds: the accounts, and the document settings it carries.</summary>
public sealed record AccountsFile(UnitAccounts Accounts, AccountsFileSettings Settings)
{
    /// <summary>Where reading starts: nothing stated.</summary>
    public static readonly AccountsFile Blank = new(
        new UnitAccounts { FiscalYear = 0, Unit = new UnitProfile("", "", null, UnitType.Administrative, "", "", null) },
        AccountsFileSettings.None);
}

/// <summary>
/// 决算数据文件的字段 — every field of the accounts file (juesuan.accounts/1), declared once, in the order
/// the file is written. The reader, the writer, the JSON Schema, docs/accounts-format.md, the accounts
/// workbook and the workbench's forms are derived from this list; a new field is one declaration here
/// plus the code that uses the figure.
/// </summary>
public static class AccountsFields
{
    public const string FormatId = "juesuan.accounts/1";

    public static readonly Vocabulary UnitTypeChoices = Vocabulary.Of(UnitTypes, t => t.Name());
    public static readonly Vocabulary FundingModeChoices = Vocabulary.Of(FundingModes, m => m.Name());
    public static readonly Vocabulary BudgetLevelChoices = Vocabulary.Of(BudgetLevels, l => l.Name());
    public static readonly Vocabulary DisclosureKindChoices = Vocabulary.Of(DisclosureKinds, k => k.Name());
    public static readonly Vocabulary SourceChoices = Vocabulary.Of(Sources, s => s.Name());
    public static readonly Vocabulary FundingChoices = Vocabulary.Of(Fundings, f => f.Name());
    public static readonly Vocabulary KindChoices = Vocabulary.Of(Kinds, k => k.Name());
    public static readonly Vocabulary PriorYearItemChoices = Vocabulary.Of(PriorYearItems, i => i.Name());
    public static readonly Vocabulary VehicleChoices = Vocabulary.Of(VehicleCategories, c => c.Name());
    public static readonly Vocabulary AmountUnitChoices = Vocabulary.Of(AccountsVocabulary.AmountUnits, u => u.Name());

    /// <summary>
    /// When a field a draft may leave empty must be given: the draft is saved without it, and the completeness
    /// rule (E-7) blocks submission until it is filled.
    /// </summary>
    public const string OnSubmission = "提交审核时";

    private const string FunctionItemHelp = "7位项级科目编码，如 2012901";

    private static LeafField FunctionItem<T>(Func<T, string?> get, Func<T, string?, T> set, bool required = true) where T : class =>
        Declare<T>.Code("code", "功能分类科目编码", CodeKind.Function, CodeLevel.Item, get, set) with { Required = required, Help = FunctionItemHelp };

    private static LeafField Funding<T>(Func<T, Funding> get, Func<T, Funding, T> set) where T : class =>
        Declare<T>.Choice("funding", "资金性质", FundingChoices, get, set) with { Required = true };

    private static LeafField LineAmount<T>(Func<T, Amount> get, Func<T, Amount, T> set, string name = "amount", string label = "金额") where T : class =>
        Declare<T>.Amount(name, label, get, set) with { Required = true };

    private static GroupField ThreePublicItems<T>(string name, string label, Func<T, ThreePublicItems> get, Func<T, ThreePublicItems, T> set, bool required) where T : class =>
        Declare<T>.Group(name, label, get, set, Accounts.ThreePublicItems.Zero, ItemFields) with { Required = required };

    private static readonly AccountsField[] ItemFields =
    [
        Declare<ThreePublicItems>.Amount("abroad", "因公出国（境）费", i => i.Abroad, (i, v) => i with { Abroad = v }),
        Declare<ThreePublicItems>.Amount("vehiclePurchase", "公务用车购置费", i => i.VehiclePurchase, (i, v) => i with { VehiclePurchase = v }),
        Declare<ThreePublicItems>.Amount("vehicleOperation", "公务用车运行费", i => i.VehicleOperation, (i, v) => i with { VehicleOperation = v }),
        Declare<ThreePublicItems>.Amount("reception", "公务接待费", i => i.Reception, (i, v) => i with { Reception = v }),
    ];

    private static readonly LeafField AmountValue = LeafField.Unbound("amount", "金额", FieldKind.Amount);

    private static readonly GroupField Unit = Declare<UnitAccounts>.Group("unit", "单位基本情况", a => a.Unit, (a, v) => a with { Unit = v }, AccountsFile.Blank.Accounts.Unit,
        Declare<UnitProfile>.Text("code", "单位编码", u => u.Code, (u, v) => u with { Code = v! }) with { Required = true },
        Declare<UnitProfile>.Text("name", "单位名称", u => u.Name, (u, v) => u with { Name = v! }) with { Required = true, Help = "单位全称，用于标题和各表“编制单位”" },
        Declare<UnitProfile>.Text("shortName", "单位简称", u => u.ShortName, (u, v) => u with { ShortName = v }) with { Help = "情况说明中使用，如 市科协" },
        Declare<UnitProfile>.Choice("type", "单位类型", UnitTypeChoices, u => u.Type, (u, v) => u with { Type = v })
            with { Required = true, Help = "行政单位和参公单位公开机关运行经费；事业单位按其分类填写" },
        Declare<UnitProfile>.Choice("funding", "经费保障方式", FundingModeChoices, u => u.Funding, (u, v) => u with { Funding = v }),
        Declare<UnitProfile>.Choice("level", "预算级次", BudgetLevelChoices, u => u.Level, (u, v) => u with { Level = v }),
        Declare<UnitProfile>.Choice("disclosure", "公开主体", DisclosureKindChoices, u => u.Disclosure, (u, v) => u with { Disclosure = v })
            with { Help = "部门决算或单位决算；没有下属单位的一级预算单位公开部门决算。未填时，有下属单位汇总的为部门决算" },
        Declare<UnitProfile>.Text("functions", "主要职能", u => u.Functions, (u, v) => u with { Functions = v ?? "" }, longText: true) with { RequiredWhen = OnSubmission, Help = "每行一段" },
        Declare<UnitProfile>.Text("structure", "机构设置", u => u.Structure, (u, v) => u with { Structure = v ?? "" }, longText: true) with { RequiredWhen = OnSubmission, Help = "每行一段" },
        Declare<UnitProfile>.Group("staff", "人员情况", u => u.Staff!, (u, v) => u with { Staff = v }, new StaffNumbers(null, null, null),
            Declare<StaffNumbers>.OptionalCount("authorized", "编制人数", s => s.Authorized, (s, v) => s with { Authorized = v }) with { Unit = "人" },
            Declare<StaffNumbers>.OptionalCount("actual", "实有人数", s => s.Actual, (s, v) => s with { Actual = v }) with { Unit = "人" },
            Declare<StaffNumbers>.OptionalCount("retired", "离退休人数", s => s.Retired, (s, v) => s with { Retired = v }) with { Unit = "人" }) with { Nullable = true })
        with { Required = true };

    private static readonly GroupField Disclosure = Declare<AccountsFile>.Nested("disclosure", "披露设置",
        Declare<AccountsFile>.Choice("amountUnit", "金额单位", AmountUnitChoices, f => f.Settings.AmountUnit, (f, v) => f with { Settings = f.Settings with { AmountUnit = v } })
            with { Help = "公开文档的金额单位；填报一律用元" },
        Declare<AccountsFile>.Text("template", "披露模板", f => f.Settings.Template, (f, v) => f with { Settings = f.Settings with { Template = v } }) with { Help = "财政局提供的披露模板标识；不填时用默认模板" },
        Declare<AccountsFile>.Date("approvalDate", "批复日期", f => f.Accounts.Publication.ApprovalDate, (f, v) => f with { Accounts = f.Accounts with { Publication = f.Accounts.Publication with { ApprovalDate = v } } })
            with { Help = "同级财政部门批复日期；公开期限为批复后20日" },
        Declare<AccountsFile>.Date("publishedDate", "公开日期", f => f.Accounts.Publication.PublishedDate, (f, v) => f with { Accounts = f.Accounts with { Publication = f.Accounts.Publication with { PublishedDate = v } } }),
        Declare<AccountsFile>.Text("lateReason", "逾期公开原因", f => f.Accounts.Publication.LateReason, (f, v) => f with { Accounts = f.Accounts with { Publication = f.Accounts.Publication with { LateReason = v } } }, longText: true));

    private static readonly MapField CodeNames = Declare<UnitAccounts>.Map("codeNames", "目录外科目名称", a => a.CodeNames, (a, v) => a with { CodeNames = v },
        LeafField.Unbound("code", "科目编码", FieldKind.AnyCode) with { Help = "3、5或7位，如 2130153" },
        LeafField.Unbound("name", "科目名称", FieldKind.Text),
        code => code, code => code)
        with { UnitOnly = true, Help = "本年度科目目录中没有的科目（财政局新增的项、较新版本的科目）及其名称；所填科目按此名称使用，检查时提示" };

    private static readonly MapField CodeExplanations = Declare<UnitAccounts>.Map("codeExplanations", "科目说明", a => a.CodeExplanations, (a, v) => a with { CodeExplanations = v },
        LeafField.Unbound("code", "科目编码", FieldKind.AnyCode) with { Help = "7位的项级编码，如 2130153" },
        LeafField.Unbound("explanation", "科目说明", FieldKind.Text),
        code => code, code => code)
        with { UnitOnly = true, Help = "名词解释中对科目的说明，如“反映……的支出。”；填写的说明优先于目录中的说明，目录外科目须填写" };

    private static readonly AccountsField[] Lines =
    [
        Declare<UnitAccounts>.List("income", "本年收入明细", a => a.Income, (a, v) => a with { Income = v },
            new IncomeLine("", default, Amount.Zero), l => (l.Code, l.Source), "同一科目同一收入来源",
            [
                FunctionItem<IncomeLine>(l => l.Code, (l, v) => l with { Code = v! }),
                Declare<IncomeLine>.Choice("source", "收入来源", SourceChoices, l => l.Source, (l, v) => l with { Source = v }) with { Required = true },
                LineAmount<IncomeLine>(l => l.Amount, (l, v) => l with { Amount = v }),
            ]) with { UnitOnly = true, RequiredWhen = OnSubmission },
        Declare<UnitAccounts>.List("expenditure", "本年支出明细", a => a.Expenditure, (a, v) => a with { Expenditure = v },
            new ExpenditureLine("", default, default, Amount.Zero), l => (l.Code, l.Kind, l.Funding), "同一科目同一支出性质和资金性质",
            [
                FunctionItem<ExpenditureLine>(l => l.Code, (l, v) => l with { Code = v! }),
                Declare<ExpenditureLine>.Choice("kind", "支出性质", KindChoices, l => l.Kind, (l, v) => l with { Kind = v }) with { Required = true },
                Funding<ExpenditureLine>(l => l.Funding, (l, v) => l with { Funding = v }),
                LineAmount<ExpenditureLine>(l => l.Amount, (l, v) => l with { Amount = v }),
            ],
            (line, problem) =>
            {
                if (line.Kind is ExpenditureKind.Operating or ExpenditureKind.RemitToSuperior or ExpenditureKind.SubsidyToSubordinate && line.Funding.IsFiscal())
                    problem("funding", $"{line.Kind.Name()}只能使用非财政拨款资金，实际为{line.Funding.Name()}");
            }) with { UnitOnly = true, RequiredWhen = OnSubmission, Help = "上缴上级支出、经营支出、对附属单位补助支出只能使用非财政拨款资金" },
        Declare<UnitAccounts>.List("basicByEconomic", "基本支出经济分类明细", a => a.BasicByEconomic, (a, v) => a with { BasicByEconomic = v },
            new EconomicLine("", default, Amount.Zero), l => (l.Code, l.Funding), "同一经济分类科目同一资金性质",
            [
                Declare<EconomicLine>.Code("code", "经济分类科目编码", CodeKind.Economic, CodeLevel.Section, l => l.Code, (l, v) => l with { Code = v! })
                    with { Required = true, Help = "5位款级科目编码，如 30101" },
                Funding<EconomicLine>(l => l.Funding, (l, v) => l with { Funding = v }),
                LineAmount<EconomicLine>(l => l.Amount, (l, v) => l with { Amount = v }),
            ]) with { UnitOnly = true, Help = "公开06表取一般公共预算财政拨款各行：301、303 类计入人员经费，其余类计入公用经费（哪些类计入人员经费由披露模板决定）" },
        Declare<UnitAccounts>.List("projectByEconomic", "项目支出经济分类明细", a => a.ProjectByEconomic, (a, v) => a with { ProjectByEconomic = v },
            new EconomicLine("", default, Amount.Zero), l => (l.Code, l.Funding), "同一经济分类科目同一资金性质",
            [
                Declare<EconomicLine>.Code("code", "经济分类科目编码", CodeKind.Economic, CodeLevel.Section, l => l.Code, (l, v) => l with { Code = v! })
                    with { Required = true, Help = "5位款级科目编码，如 30227" },
                Funding<EconomicLine>(l => l.Funding, (l, v) => l with { Funding = v }),
                LineAmount<EconomicLine>(l => l.Amount, (l, v) => l with { Amount = v }),
            ]) with { UnitOnly = true, Help = "公开格式要求按经济分类公开项目支出的填写；填写后，各资金性质的合计应等于项目支出，会议费（30215）、培训费（30216）计入一般性支出" },
        Balances("openingBalances", "年初结转和结余", a => a.OpeningBalances, (a, v) => a with { OpeningBalances = v }),
        Balances("closingBalances", "年末结转和结余", a => a.ClosingBalances, (a, v) => a with { ClosingBalances = v }),
        Declare<UnitAccounts>.Amount("useOfNonFiscalSurplus", "使用非财政拨款结余", a => a.UseOfNonFiscalSurplus, (a, v) => a with { UseOfNonFiscalSurplus = v })
            with { UnitOnly = true, OmittedWhenZero = true, Help = "含专用结余" },
        Declare<UnitAccounts>.Amount("surplusDistribution", "结余分配", a => a.SurplusDistribution, (a, v) => a with { SurplusDistribution = v })
            with { UnitOnly = true, OmittedWhenZero = true },
        Declare<UnitAccounts>.List("budgets", "年初预算", a => a.Budgets, (a, v) => a with { Budgets = v },
            new BudgetLine("", Amount.Zero, null), l => l.Code, "同一科目",
            [
                FunctionItem<BudgetLine>(l => l.Code, (l, v) => l with { Code = v! }),
                LineAmount<BudgetLine>(l => l.YearStart, (l, v) => l with { YearStart = v }, "yearStart", "年初预算数"),
                Declare<BudgetLine>.OptionalAmount("adjusted", "调整预算数", l => l.Adjusted, (l, v) => l with { Adjusted = v }) with { Help = "未调整的留空" },
            ]) with { UnitOnly = true, RequiredWhen = "有一般公共预算财政拨款支出的，" + OnSubmission, Help = "一般公共预算财政拨款各项（按项）的预算数，用于支出决算具体情况的完成率；以年初预算还是调整预算为分母由披露模板决定" },
        Declare<UnitAccounts>.Group("threePublic", "“三公”经费", a => a.ThreePublic, (a, v) => a with { ThreePublic = v }, ThreePublicExpenses.None,
            ThreePublicItems<ThreePublicExpenses>("budget", "“三公”经费预算数", t => t.Budget, (t, v) => t with { Budget = v }, required: true),
            ThreePublicItems<ThreePublicExpenses>("actual", "“三公”经费决算数", t => t.Actual, (t, v) => t with { Actual = v }, required: true),
            Declare<ThreePublicExpenses>.Count("abroadDelegations", "因公出国（境）团组数", t => t.AbroadDelegations, (t, v) => t with { AbroadDelegations = v }) with { Unit = "个" },
            Declare<ThreePublicExpenses>.Count("abroadPersons", "因公出国（境）人次", t => t.AbroadPersons, (t, v) => t with { AbroadPersons = v }) with { Unit = "人次" },
            Declare<ThreePublicExpenses>.Count("vehiclesPurchased", "本年购置公务用车数", t => t.VehiclesPurchased, (t, v) => t with { VehiclesPurchased = v }) with { Unit = "辆" },
            Declare<ThreePublicExpenses>.Count("vehiclesHeld", "公务用车保有量", t => t.VehiclesHeld, (t, v) => t with { VehiclesHeld = v }) with { Required = true, Unit = "辆" },
            Declare<ThreePublicExpenses>.Count("receptionBatches", "国内公务接待批次", t => t.ReceptionBatches, (t, v) => t with { ReceptionBatches = v }) with { Unit = "批次" },
            Declare<ThreePublicExpenses>.Count("receptionPersons", "国内公务接待人次", t => t.ReceptionPersons, (t, v) => t with { ReceptionPersons = v }) with { Unit = "人次" },
            Declare<ThreePublicExpenses>.Count("foreignReceptionBatches", "外事接待批次", t => t.ForeignReceptionBatches, (t, v) => t with { ForeignReceptionBatches = v }) with { Unit = "批次" },
            Declare<ThreePublicExpenses>.Count("foreignReceptionPersons", "外事接待人次", t => t.ForeignReceptionPersons, (t, v) => t with { ForeignReceptionPersons = v }) with { Unit = "人次" })
            with { UnitOnly = true, Help = "一般公共预算财政拨款“三公”经费" },
        Declare<UnitAccounts>.OptionalAmount("operatingCosts", "机关运行经费", a => a.OperatingCosts, (a, v) => a with { OperatingCosts = v })
            with { UnitOnly = true, RequiredWhen = "行政单位和参公单位", Help = "行政单位和参公单位填写；事业单位不填" },
        Declare<UnitAccounts>.Group("procurement", "政府采购", a => a.Procurement, (a, v) => a with { Procurement = v }, Procurement.None,
            Declare<Procurement>.Amount("goods", "政府采购货物支出", p => p.Goods, (p, v) => p with { Goods = v }),
            Declare<Procurement>.Amount("works", "政府采购工程支出", p => p.Works, (p, v) => p with { Works = v }),
            Declare<Procurement>.Amount("services", "政府采购服务支出", p => p.Services, (p, v) => p with { Services = v }),
            Declare<Procurement>.OptionalAmount("awardedToSmes", "授予中小企业合同金额", p => p.AwardedToSmes, (p, v) => p with { AwardedToSmes = v })
                with { RequiredWhen = "有政府采购支出时", Help = "有政府采购支出时必填，没有填 0" },
            Declare<Procurement>.OptionalAmount("awardedToSmallMicro", "授予小微企业合同金额", p => p.AwardedToSmallMicro, (p, v) => p with { AwardedToSmallMicro = v })
                with { RequiredWhen = "有政府采购支出时", Help = "授予中小企业合同金额中授予小微企业的部分；有政府采购支出时必填，没有填 0" },
            Declare<Procurement>.OptionalAmount("reservedForSmes", "面向中小企业预留政府采购项目预算金额", p => p.ReservedForSmes, (p, v) => p with { ReservedForSmes = v })
                with { Help = "公开格式要求说明预留份额的（如上海市区级部门决算）填写" },
            Declare<Procurement>.OptionalAmount("reservedForSmallMicro", "面向小微企业预留政府采购项目预算金额", p => p.ReservedForSmallMicro, (p, v) => p with { ReservedForSmallMicro = v })
                with { Help = "面向中小企业预留金额中专门面向小微企业的部分" },
            Declare<Procurement>.OptionalAmount("reservedAwardedToSmes", "预留项目中由中小企业中标或成交的采购金额", p => p.ReservedAwardedToSmes, (p, v) => p with { ReservedAwardedToSmes = v })
                with { Help = "面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额" },
            Declare<Procurement>.OptionalAmount("reservedAwardedToSmallMicro", "预留项目中由小微企业中标或成交的采购金额", p => p.ReservedAwardedToSmallMicro, (p, v) => p with { ReservedAwardedToSmallMicro = v })
                with { Help = "面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额" },
            Declare<Procurement>.OptionalAmount("otherAwardedToSmes", "其他项目中由中小企业中标或成交的采购金额", p => p.OtherAwardedToSmes, (p, v) => p with { OtherAwardedToSmes = v })
                with { Help = "未预留的政府采购项目中，由中小企业供应商中标或成交的采购金额；与预留项目中的合计即授予中小企业合同金额" })
            with { UnitOnly = true, Help = "货物、工程、服务合计即政府采购支出总额；有政府采购支出而未填中小企业、小微企业合同金额时，情况说明中显示“【待补充：…】”" },
        Declare<UnitAccounts>.OptionalAmount("purchasedServices", "政府购买服务支出", a => a.PurchasedServices, (a, v) => a with { PurchasedServices = v })
            with { UnitOnly = true, Help = "公开格式要求说明政府购买服务的填写" },
        Declare<UnitAccounts>.OptionalAmount("festivals", "节庆、晚会、论坛、展会支出", a => a.Festivals, (a, v) => a with { Festivals = v })
            with { UnitOnly = true, Help = "一般性支出中会议费、培训费以外的部分；公开格式要求说明一般性支出的填写" },
        Declare<UnitAccounts>.Group("assets", "国有资产占用", a => a.Assets, (a, v) => a with { Assets = v }, AssetHoldings.None,
            Declare<AssetHoldings>.List("vehicles", "车辆", a => a.Vehicles, (a, v) => a with { Vehicles = v },
                new VehicleHolding(default, 0), v => v.Category, "同一车辆类别",
                [
                    Declare<VehicleHolding>.Choice("category", "车辆类别", VehicleChoices, v => v.Category, (v, c) => v with { Category = c }) with { Required = true },
                    Declare<VehicleHolding>.Count("count", "车辆数", v => v.Count, (v, c) => v with { Count = c }) with { Required = true, Unit = "辆" },
                ]) with { Help = "年末车辆，每个类别一行" },
            Declare<AssetHoldings>.Count("generalEquipment", "大型通用设备台（套）数", a => a.GeneralEquipment, (a, v) => a with { GeneralEquipment = v })
                with { Unit = "台、套", Help = "单价在阈值（默认50万元）以上的通用设备" },
            Declare<AssetHoldings>.Count("specialEquipment", "大型专用设备台（套）数", a => a.SpecialEquipment, (a, v) => a with { SpecialEquipment = v })
                with { Unit = "台、套", Help = "单价在阈值（默认100万元）以上的专用设备" },
            Declare<AssetHoldings>.OptionalAmount("total", "资产总额", a => a.Total, (a, v) => a with { Total = v }) with { Help = "年末数；公开格式要求公开资产价值的填写（以下各项同）" },
            Declare<AssetHoldings>.OptionalAmount("current", "流动资产", a => a.Current, (a, v) => a with { Current = v }),
            Declare<AssetHoldings>.OptionalAmount("fixed", "固定资产", a => a.Fixed, (a, v) => a with { Fixed = v }),
            Declare<AssetHoldings>.OptionalAmount("buildings", "房屋价值", a => a.Buildings, (a, v) => a with { Buildings = v }) with { Help = "固定资产中的房屋" },
            Declare<AssetHoldings>.OptionalNumber("buildingArea", "房屋面积", "平方米", a => a.BuildingArea, (a, v) => a with { BuildingArea = v }),
            Declare<AssetHoldings>.OptionalAmount("intangible", "无形资产", a => a.Intangible, (a, v) => a with { Intangible = v }),
            Declare<AssetHoldings>.Text("note", "资产补充说明", a => a.Note, (a, v) => a with { Note = v }, longText: true))
            with { UnitOnly = true },
        Declare<UnitAccounts>.List("projects", "项目", a => a.Projects, (a, v) => a with { Projects = v },
            new Project("", "", "", default, Amount.Zero, Amount.Zero, Amount.Zero, false, null), p => p.Id, "同一项目编号",
            [
                Declare<Project>.Text("id", "项目编号", p => p.Id, (p, v) => p with { Id = v! }) with { Required = true, Help = "本文件内唯一，如 P1；在填报页面留空时自动编号" },
                Declare<Project>.Text("name", "项目名称", p => p.Name, (p, v) => p with { Name = v! }) with { Required = true },
                FunctionItem<Project>(p => p.Code, (p, v) => p with { Code = v! }),
                Funding<Project>(p => p.Funding, (p, v) => p with { Funding = v }),
                LineAmount<Project>(p => p.YearStartBudget, (p, v) => p with { YearStartBudget = v }, "yearStartBudget", "年初预算数"),
                LineAmount<Project>(p => p.FullYearBudget, (p, v) => p with { FullYearBudget = v }, "fullYearBudget", "全年预算数"),
                LineAmount<Project>(p => p.Executed, (p, v) => p with { Executed = v }, "executed", "全年执行数"),
                Declare<Project>.YesNo("selfEvaluated", "是否开展绩效自评", p => p.SelfEvaluated, (p, v) => p with { SelfEvaluated = v }),
                Declare<Project>.Text("description", "项目概况", p => p.Description, (p, v) => p with { Description = v }, longText: true),
            ]) with { UnitOnly = true, Help = "项目及其预算执行；开展绩效自评的项目另行评分" },
    ];

    private static ListField Balances(string name, string label, Func<UnitAccounts, IReadOnlyList<BalanceLine>> get, Func<UnitAccounts, IReadOnlyList<BalanceLine>, UnitAccounts> set) =>
        Declare<UnitAccounts>.List(name, label, get, set,
            new BalanceLine(default, null, Amount.Zero), l => (l.Funding, l.Code), "同一资金性质同一科目",
            [
                Funding<BalanceLine>(l => l.Funding, (l, v) => l with { Funding = v }),
                FunctionItem<BalanceLine>(l => l.Code, (l, v) => l with { Code = v }, required: false) with
                {
                    RequiredWhen = "资金性质为政府性基金时", Help = "7位项级科目编码；政府性基金须填写（公开08表按科目列示）",
                },
                LineAmount<BalanceLine>(l => l.Amount, (l, v) => l with { Amount = v }),
            ],
            (line, problem) =>
            {
                if (line.Funding == Accounts.Funding.GovernmentFund && line.Code is null)
                    problem("code", "政府性基金的结转和结余须填写功能分类科目编码（公开08表按科目列示）");
            }) with { UnitOnly = true };

    private static readonly GroupField PerformanceManagementPart = Declare<UnitAccounts>.Group("performanceManagement", "预算绩效管理情况",
        a => a.PerformanceManagement, (a, v) => a with { PerformanceManagement = v }, PerformanceManagement.None,
        Declare<PerformanceManagement>.Text("rules", "预算绩效管理制度", p => p.Rules, (p, v) => p with { Rules = v }) with { Help = "本部门建立的预算绩效管理制度的名称" },
        Declare<PerformanceManagement>.Text("mechanism", "预算绩效管理工作机制", p => p.Mechanism, (p, v) => p with { Mechanism = v }, longText: true),
        Declare<PerformanceManagement>.OptionalCount("targetProjects", "编报绩效目标的项目数", p => p.TargetProjects, (p, v) => p with { TargetProjects = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalAmount("targetBudget", "编报绩效目标的项目预算金额", p => p.TargetBudget, (p, v) => p with { TargetBudget = v }),
        Declare<PerformanceManagement>.OptionalCount("monitoredProjects", "绩效跟踪评价的项目数", p => p.MonitoredProjects, (p, v) => p with { MonitoredProjects = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalAmount("monitoredBudget", "绩效跟踪评价的项目预算金额", p => p.MonitoredBudget, (p, v) => p with { MonitoredBudget = v }),
        Declare<PerformanceManagement>.OptionalCount("evaluatedProjects", "绩效自评的项目数", p => p.EvaluatedProjects, (p, v) => p with { EvaluatedProjects = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalAmount("evaluatedBudget", "绩效自评的项目预算金额", p => p.EvaluatedBudget, (p, v) => p with { EvaluatedBudget = v }),
        Declare<PerformanceManagement>.OptionalNumber("averageScore", "绩效自评平均得分", "分", p => p.AverageScore, (p, v) => p with { AverageScore = v }, max: 100),
        Declare<PerformanceManagement>.OptionalCount("excellent", "绩效评级为“优”的项目数", p => p.Excellent, (p, v) => p with { Excellent = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalCount("good", "绩效评级为“良”的项目数", p => p.Good, (p, v) => p with { Good = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalCount("pass", "绩效评级为“合格”的项目数", p => p.Pass, (p, v) => p with { Pass = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalCount("fail", "绩效评级为“不合格”的项目数", p => p.Fail, (p, v) => p with { Fail = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalCount("problemsFound", "绩效自评中发现的问题数", p => p.ProblemsFound, (p, v) => p with { ProblemsFound = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalCount("problemsRectified", "已经完成整改的问题数", p => p.ProblemsRectified, (p, v) => p with { ProblemsRectified = v }) with { Unit = "个" },
        Declare<PerformanceManagement>.OptionalCount("problemsRectifying", "正在整改的问题数", p => p.ProblemsRectifying, (p, v) => p with { ProblemsRectifying = v }) with { Unit = "个" })
        with { Help = "公开格式要求以数字说明预算绩效管理情况的（如上海市区级部门决算“十、预算绩效管理情况”）填写" };

    private static readonly GroupField Performance = Declare<UnitAccounts>.Group("performance", "预算绩效情况", a => a.Performance, (a, v) => a with { Performance = v }, PerformanceNotes.None,
        Declare<PerformanceNotes>.Text("summary", "绩效管理工作开展情况", p => p.Summary, (p, v) => p with { Summary = v }, longText: true),
        Declare<PerformanceNotes>.Text("problems", "发现的主要问题及原因", p => p.Problems, (p, v) => p with { Problems = v }, longText: true),
        Declare<PerformanceNotes>.Text("improvements", "下一步改进措施", p => p.Improvements, (p, v) => p with { Improvements = v }, longText: true));

    private static readonly GroupField PriorYear = Declare<UnitAccounts>.Group("priorYear", "上年决算数", a => a.PriorYear, (a, v) => a with { PriorYear = v }, PriorYearFigures.None,
        Declare<PriorYearFigures>.OptionalAmount("total", "上年收入（支出）总计", p => p.Total, (p, v) => p with { Total = v })
            with { RequiredWhen = OnSubmission, Help = "上年决算公开的收入（支出）总计；本年新设的单位填 0" },
        Declare<PriorYearFigures>.OptionalAmount("currentYearIncome", "上年本年收入合计", p => p.CurrentYearIncome, (p, v) => p with { CurrentYearIncome = v }),
        Declare<PriorYearFigures>.Map("incomeBySource", "上年各项收入", p => p.IncomeBySource, (p, v) => p with { IncomeBySource = v },
            LeafField.Unbound("source", "收入来源", FieldKind.Choice) with { Choices = SourceChoices }, AmountValue,
            s => Spelling(Sources, s), s => Sources[s]) with { EntryPrefix = "上年" },
        Declare<PriorYearFigures>.OptionalAmount("currentYearExpenditure", "上年本年支出合计", p => p.CurrentYearExpenditure, (p, v) => p with { CurrentYearExpenditure = v }),
        Declare<PriorYearFigures>.Map("expenditureByKind", "上年各类支出", p => p.ExpenditureByKind, (p, v) => p with { ExpenditureByKind = v },
            LeafField.Unbound("kind", "支出性质", FieldKind.Choice) with { Choices = KindChoices }, AmountValue,
            k => Spelling(Kinds, k), k => Kinds[k]) with { EntryPrefix = "上年" },
        Declare<PriorYearFigures>.OptionalAmount("fiscalTotal", "上年财政拨款收入支出总计", p => p.FiscalTotal, (p, v) => p with { FiscalTotal = v }) with { Help = "公开04表总计" },
        Declare<PriorYearFigures>.OptionalAmount("generalBudgetExpenditure", "上年一般公共预算财政拨款支出", p => p.GeneralBudgetExpenditure, (p, v) => p with { GeneralBudgetExpenditure = v }),
        Declare<PriorYearFigures>.Map("generalBudgetByClass", "上年一般公共预算财政拨款支出（按类）", p => p.GeneralBudgetByClass, (p, v) => p with { GeneralBudgetByClass = v },
            LeafField.Unbound("class", "类级科目编码", FieldKind.Code) with { Codes = CodeKind.Function, Level = CodeLevel.Class, Help = "3位，如 201" },
            LeafField.Unbound("amount", "上年类级支出", FieldKind.Amount),
            code => code, code => code),
        Declare<PriorYearFigures>.Group("threePublic", "上年“三公”经费决算数", p => p.ThreePublic!, (p, v) => p with { ThreePublic = v }, Accounts.ThreePublicItems.Zero, ItemFields)
            with { Nullable = true },
        Declare<PriorYearFigures>.OptionalAmount("operatingCosts", "上年机关运行经费", p => p.OperatingCosts, (p, v) => p with { OperatingCosts = v }),
        Declare<PriorYearFigures>.OptionalAmount("procurement", "上年政府采购支出", p => p.Procurement, (p, v) => p with { Procurement = v }),
        Declare<PriorYearFigures>.Map("restated", "上年数重述", p => p.Restated, (p, v) => p with { Restated = v },
            LeafField.Unbound("figure", "重述的上年数", FieldKind.Choice) with { Choices = PriorYearItemChoices },
            LeafField.Unbound("reason", "重述原因", FieldKind.LongText) with { Help = "如：口径调整、上年数更正；说明中写明上年数为重述数及其原因" },
            i => Spelling(PriorYearItems, i), s => PriorYearItems[s]) with { EntryPrefix = "上年数重述原因：" })
        with { Help = "用于同比说明；未填的项不作同比说明" };

    private static readonly MapField Reasons = Declare<UnitAccounts>.Map("reasons", "原因说明", a => a.Reasons, (a, v) => a with { Reasons = v },
        LeafField.Unbound("key", "键", FieldKind.ReasonKey),
        LeafField.Unbound("reason", "原因", FieldKind.LongText),
        key => key, key => key);

    /// <summary>The file's fields, in the order they are written.</summary>
    public static readonly IReadOnlyList<AccountsField> All =
    [
        new LeafField("format", "文件格式标识", FieldKind.Constant, _ => FormatId, (o, _) => o) { Required = true, Constant = FormatId, Kept = false },
        Declare<AccountsFile>.Inline(f => f.Accounts, (f, v) => f with { Accounts = v },
            Declare<UnitAccounts>.Year("fiscalYear", "决算年度", 2000, 2100, a => a.FiscalYear, (a, v) => a with { FiscalYear = v }) with { Help = "如 2021" },
            Unit),
        Disclosure,
        LeafField.Unbound("notes", "文件说明", FieldKind.LongText) with { Help = "数据来源、假设等；不进入公开文档" },
        LeafField.Unbound("members", "部门汇总的单位文件", FieldKind.Files) with { Help = "部门汇总文件填写：各单位文件的路径（相对于本文件）；填写后不能再填写收支明细" },
        Declare<AccountsFile>.Inline(f => f.Accounts, (f, v) => f with { Accounts = v }, [CodeNames, CodeExplanations, .. Lines, Performance, PerformanceManagementPart,
            Declare<UnitAccounts>.Text("otherNotes", "其他需说明的事项", a => a.OtherNotes, (a, v) => a with { OtherNotes = v }, longText: true),
            Declare<UnitAccounts>.Text("contact", "联系方式", a => a.Contact, (a, v) => a with { Contact = v }) with { Help = "公开文本中的联系人及联系电话，如“联系人：张三；联系电话：021-12345678”" },
            PriorYear, Reasons]),
    ];

    /// <summary>The field at a dotted path ("procurement", "threePublic.budget"), looking through inline parts; null when none.</summary>
    public static AccountsField? Find(IReadOnlyList<AccountsField> fields, string path)
    {
        var (head, rest) = path.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? (path[..dot], path[(dot + 1)..]) : (path, null);
        foreach (var field in fields)
        {
            if (field is GroupField { Inline: true } part)
            {
                if (Find(part.Fields, path) is { } inner) return inner;
                continue;
            }
            if (field.Name != head) continue;
            if (rest is null) return field;
            return field is GroupField group ? Find(group.Fields, rest) : null;
        }
        return null;
    }

    /// <summary>
    /// Every value a person enters under <paramref name="fields"/>, in file order: groups opened (their labels
    /// before their fields' labels), a vocabulary map's keys each an entry; lists and maps of open keys,
    /// which a person enters as lines, and the values the accounts do not keep are left out.
    /// </summary>
    public static IEnumerable<FieldEntry> Entries(IEnumerable<AccountsField> fields, string path = "", string label = "")
    {
        foreach (var field in fields)
        {
            var at = path + field.Name;
            var labelled = label.Length == 0 ? field.Label : $"{label}：{field.Label}";
            switch (field)
            {
                case GroupField { Inline: true } part:
                    foreach (var entry in Entries(part.Fields, path, label)) yield return entry;
                    break;
                case GroupField group:
                    foreach (var entry in Entries(group.Fields, at + ".", labelled)) yield return entry;
                    break;
                case MapField { KeyField.Choices: { } choices } map:
                    foreach (var key in choices.Spellings)
                        yield return new FieldEntry($"{at}.{key}", map.EntryLabel(key), map.ValueField, key);
                    break;
                case LeafField { Kept: true } leaf:
                    yield return new FieldEntry(at, label.Length == 0 ? leaf.Label : labelled, leaf);
                    break;
            }
        }
    }

    /// <summary>The entries of the field at <paramref name="path"/> (itself, when a leaf), labelled as its own.</summary>
    public static IEnumerable<FieldEntry> EntriesAt(IReadOnlyList<AccountsField> fields, string path)
    {
        var field = Find(fields, path) ?? throw new ArgumentException($"字段表中没有“{path}”", nameof(path));
        var parent = path.Contains('.', StringComparison.Ordinal) ? path[..(path.LastIndexOf('.') + 1)] : "";
        return field is GroupField group ? Entries(group.Fields, path + ".") : Entries([field], parent);
    }

    /// <summary>The field list with <paramref name="field"/> added at the end of the group at <paramref name="groupPath"/>.</summary>
    public static IReadOnlyList<AccountsField> Adding(IReadOnlyList<AccountsField> fields, string groupPath, AccountsField field)
    {
        var (head, rest) = groupPath.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? (groupPath[..dot], groupPath[(dot + 1)..]) : (groupPath, null);
        return fields.Select(f => f switch
        {
            GroupField { Inline: true } part when Find(part.Fields, groupPath) is not null => part with { Fields = Adding(part.Fields, groupPath, field) },
            GroupField group when group.Name == head => group with { Fields = rest is null ? [.. group.Fields, field] : Adding(group.Fields, rest, field) },
            _ => f,
        }).ToArray();
    }
}
