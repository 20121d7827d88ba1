namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Finds the one table row whose name a misspelt or shortened input means: the only row with a
/// name that starts with the input, else the only row closest to it within
/// <see cref="EditDistance.MaxTypos"/> typos. Exact matches are the caller's, since what counts
/// as the bare name differs per table. A row may offer several names.
/// </summary>
internal struct NameMatcher
{
    private readonly string _text;
    private readonly int _maxTypos;
    private int _prefixRow;
    private int _prefixCount;
    private int _typoRow;
    private int _typoCount;
    private int _bestTypo;

    public NameMatcher(string text)
    {
        _text = text;
        _maxTypos = EditDistance.MaxTypos(text.Length);
        _prefixRow = -1;
        _prefixCount = 0;
        _typoRow = -1;
        _typoCount = 0;
        _bestTypo = _maxTypos + 1;
    }

    /// <summary>The row the input means, or -1 when no row or more than one fits.</summary>
    public readonly int Result => _prefixCount == 1 ? _prefixRow : _typoCount == 1 ? _typoRow : -1;

    /// <summary>Counts <paramref name="row"/> once when <paramref name="name"/> starts with the input (inputs of 4 or more characters).</summary>
    public void OfferPrefix(int row, string name)
    {
        if (_text.Length >= 4 && _prefixRow != row && name.StartsWith(_text, StringComparison.OrdinalIgnoreCase))
        {
            _prefixRow = row;
            _prefixCount++;
        }
    }

    /// <summary>Weighs <paramref name="name"/> of <paramref name="row"/> by its edit distance from the input.</summary>
    public void OfferTypo(int row, string name)
    {
        if (_text.Length < EditDistance.MinNameLength || _typoRow == row)
        {
            return;
        }

        int distance = EditDistance.Between(_text, name, _bestTypo);
        if (distance < _bestTypo)
        {
            (_bestTypo, _typoRow, _typoCount) = (distance, row, 1);
        }
        else if (distance == _bestTypo && distance <= _maxTypos)
        {
            _typoCount++;
        }
    }
}
