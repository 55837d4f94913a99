using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Documents;

/// <summary>Where each header cell of a table stands on the grid, for the formats that merge cells themselves (Word, Excel).</summary>
internal static class HeaderLayout
{
    /// <summary>
    /// Each header cell with its header row and first column (both from 0): a cell takes the first grid
    /// position of its row that no cell from a row above still covers by its row span.
    /// </summary>
    public static IReadOnlyList<(int Row, int Column, HeaderCell Cell)> Place(IReadOnlyList<IReadOnlyList<HeaderCell>> header)
    {
        var placed = new List<(int, int, HeaderCell)>();
        var covered = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < header.Count; r++)
        {
            var column = 0;
            foreach (var cell in header[r])
            {
                while (covered.Contains((r, column))) column++;
                placed.Add((r, column, cell));
                for (var down = 0; down < cell.RowSpan; down++)
                    for (var across = 0; across < cell.ColSpan; across++)
                        covered.Add((r + down, column + across));
                column += cell.ColSpan;
            }
        }
        return placed;
    }
}
