using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juesuan.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HistoricalPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Publications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Every publication before this column went through the workflow.
                defaultValue: "Workflow");

            migrationBuilder.AddColumn<DateOnly>(
                name: "OriginalPublishedOn",
                table: "Publications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Publications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "OriginalPublishedOn",
                table: "Publications");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Publications");
        }
    }
}
