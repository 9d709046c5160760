using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Carbet.Tracking.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrialHeartbeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "heartbeat_at",
                table: "trials",
                type: "INTEGER",
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
