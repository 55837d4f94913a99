using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juesuan.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BureauSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BureauSettings",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: true),
                    Template = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CheckConfig = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BureauSettings", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_BureauSettings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BureauSettings");
        }
    }
}
