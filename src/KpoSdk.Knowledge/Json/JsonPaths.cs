using System.Globalization;
using System.Text;

namespace KpoSdk.Knowledge.Json;

/// <summary>The JSON path (<c>$.add[0].scope</c>) of the innermost value of a document that contains a position.</summary>
internal static class JsonPaths
{
    public static string At(JsonValue root, int position)
    {
        var path = new StringBuilder("$");
        var current = root;
        while (true)
        {
            JsonValue? next = null;
            for (int i = 0; i < current.Items.Count && next is null; i++)
            {
                if (Contains(current.Items[i], position))
                {
                    next = current.Items[i];
                    path.Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            foreach (var property in current.Properties)
            {
                if (next is null && (Contains(property.Value, position) || (position >= property.Name.Start && position < property.Value.Start)))
                {
                    next = property.Value;
                    path.Append('.').Append(property.NameText);
                }
            }

            if (next is null)
            {
                return path.ToString();
            }

            current = next;
        }
    }

    private static bool Contains(JsonValue value, int position) => position >= value.Start && position < value.Start + Math.Max(value.Length, 1);
}
