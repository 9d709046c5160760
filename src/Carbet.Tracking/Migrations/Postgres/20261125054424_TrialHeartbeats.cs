using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Carbet.Tracking.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrialHeartbeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "heartbeat_at",
                table: "trials",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "heartbeat_at",
                table: "trials");
        }
    }
}
