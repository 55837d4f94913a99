using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juesuan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Path",
                table: "Organisations",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Every organisation already there gets the ids from the root down to it.
            migrationBuilder.Sql("""
                WITH RECURSIVE tree(Id, Path) AS (
                    SELECT Id, '/' || Id || '/' FROM Organisations WHERE ParentId IS NULL
                    UNION ALL
                    SELECT o.Id, tree.Path || o.Id || '/' FROM Organisations o JOIN tree ON o.ParentId = tree.Id)
                UPDATE Organisations SET Path = (SELECT tree.Path FROM tree WHERE tree.Id = Organisations.Id);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Path",
                table: "Organisations",
                column: "Path");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_Path",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Path",
                table: "Organisations");
        }
    }
}
