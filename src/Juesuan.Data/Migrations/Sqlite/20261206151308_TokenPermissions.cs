using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juesuan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TokenPermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MayCreateTokens",
                table: "ApiTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MayCreateTokens",
                table: "ApiTokens");
        }
    }
}
