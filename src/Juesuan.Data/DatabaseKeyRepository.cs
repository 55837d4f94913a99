using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Juesuan.Data;

/// <summary>
/// 数据保护密钥库 — keeps the keys that protect sign-in cookies and antiforgery tokens in the database,
/// whichever provider it is, so that every web node shares them and none holds state of its own.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceProvider services) : IXmlRepository
{
    /// <summary>The application name every node and the command line protect under, so that they share one key ring.</summary>
    public const string ApplicationName = "Juesuan";

    /// <summary>
    /// The data protection of a database opened outside the web application (the command line): the same key ring,
    /// read from and kept in that database.
    /// </summary>
    public static IDataProtectionProvider Provider(Func<JuesuanDb> open)
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => open());
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(sp)));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).AsEnumerable()
            .Where(xml => !string.IsNullOrEmpty(xml)).Select(xml => XElement.Parse(xml!)).ToArray();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
