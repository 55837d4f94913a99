using System.Xml.Linq;
using Juesuan.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Security;

/// <summary>
/// 数据保护密钥库 — keeps the keys that protect sign-in cookies and antiforgery tokens in the database,
/// whichever provider it is, so that every web node shares them and none holds state of its own.
/// </summary>
internal sealed class DatabaseKeyRepository(IServiceProvider services) : IXmlRepository
{
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
