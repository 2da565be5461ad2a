namespace Parallax.Text;

/// <summary>
/// The Porter (1980) stemmer for lower-case English words: "halted" and "halting" -> "halt",
/// "activities" -> "activ". Works in a stack buffer; allocates only the result string.
/// </summary>
internal static class PorterStemmer
{
    private const int MaxStackWord = 64;

    public static string Stem(string word) => word.Length <= 2 ? word : Stem(word.AsSpan());

    public static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length <= 2 || word.Length > MaxStackWord)
            return word.ToString();
        Span<char> b = stackalloc char[MaxStackWord];
        word.CopyTo(b);
        int k = word.Length - 1;
        var s = new State(b, k);
        s.Step1ab();
        if (s.K > 0)
        {
            s.Step1c();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }
        return new string(b[..(s.K + 1)]);
    }

    private ref struct State(Span<char> b, int k)
    {
        private readonly Span<char> _b = b;
        public int K = k;
        private int _j;

        private readonly bool Cons(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        /// <summary>m(), the number of vowel-consonant sequences in b[0..j].</summary>
        private readonly int M()
        {
            int n = 0, i = 0;
            while (true)
            {
                if (i > _j) return n;
                if (!Cons(i)) break;
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j) return n;
                    if (Cons(i)) break;
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > _j) return n;
                    if (!Cons(i)) break;
                    i++;
                }
                i++;
            }
        }

        private readonly bool VowelInStem()
        {
            for (int i = 0; i <= _j; i++)
                if (!Cons(i)) return true;
            return false;
        }

        private readonly bool DoubleC(int j) => j >= 1 && _b[j] == _b[j - 1] && Cons(j);

        private readonly bool Cvc(int i)
        {
            if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2)) return false;
            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string s)
        {
            int l = s.Length;
            if (l > K + 1) return false;
            if (!_b.Slice(K - l + 1, l).SequenceEqual(s)) return false;
            _j = K - l;
            return true;
        }

        private void SetTo(string s)
        {
            s.AsSpan().CopyTo(_b[(_j + 1)..]);
            K = _j + s.Length;
        }

        private void R(string s)
        {
            if (M() > 0) SetTo(s);
        }

        public void Step1ab()
        {
            if (_b[K] == 's')
            {
                if (Ends("sses")) K -= 2;
                else if (Ends("ies")) SetTo("i");
                else if (_b[K - 1] != 's') K--;
            }
            if (Ends("eed"))
            {
                if (M() > 0) K--;
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at")) SetTo("ate");
                else if (Ends("bl")) SetTo("ble");
                else if (Ends("iz")) SetTo("ize");
                else if (DoubleC(K))
                {
                    K--;
                    if (_b[K] is 'l' or 's' or 'z') K++;
                }
                else if (M() == 1 && Cvc(K)) SetTo("e");
            }
        }

        public void Step1c()
        {
            if (Ends("y") && VowelInStem()) _b[K] = 'i';
        }

        public void Step2()
        {
            if (K == 0) return;
            switch (_b[K - 1])
            {
                case 'a':
                    if (Ends("ational")) { R("ate"); break; }
                    if (Ends("tional")) { R("tion"); break; }
                    break;
                case 'c':
                    if (Ends("enci")) { R("ence"); break; }
                    if (Ends("anci")) { R("ance"); break; }
                    break;
                case 'e':
                    if (Ends("izer")) { R("ize"); break; }
                    break;
                case 'l':
                    if (Ends("bli")) { R("ble"); break; }
                    if (Ends("alli")) { R("al"); break; }
                    if (Ends("entli")) { R("ent"); break; }
                    if (Ends("eli")) { R("e"); break; }
                    if (Ends("ousli")) { R("ous"); break; }
                    break;
                case 'o':
                    if (Ends("ization")) { R("ize"); break; }
                    if (Ends("ation")) { R("ate"); break; }
                    if (Ends("ator")) { R("ate"); break; }
                    break;
                case 's':
                    if (Ends("alism")) { R("al"); break; }
                    if (Ends("iveness")) { R("ive"); break; }
                    if (Ends("fulness")) { R("ful"); break; }
                    if (Ends("ousness")) { R("ous"); break; }
                    break;
                case 't':
                    if (Ends("aliti")) { R("al"); break; }
                    if (Ends("iviti")) { R("ive"); break; }
                    if (Ends("biliti")) { R("ble"); break; }
                    break;
                case 'g':
                    if (Ends("logi")) { R("log"); break; }
                    break;
            }
        }

        public void Step3()
        {
            switch (_b[K])
            {
                case 'e':
                    if (Ends("icate")) { R("ic"); break; }
                    if (Ends("ative")) { R(""); break; }
                    if (Ends("alize")) { R("al"); break; }
                    break;
                case 'i':
                    if (Ends("iciti")) { R("ic"); break; }
                    break;
                case 'l':
                    if (Ends("ical")) { R("ic"); break; }
                    if (Ends("ful")) { R(""); break; }
                    break;
                case 's':
                    if (Ends("ness")) { R(""); break; }
                    break;
            }
        }

        public void Step4()
        {
            if (K == 0) return;
            switch (_b[K - 1])
            {
                case 'a': if (Ends("al")) break; return;
                case 'c': if (Ends("ance") || Ends("ence")) break; return;
                case 'e': if (Ends("er")) break; return;
                case 'i': if (Ends("ic")) break; return;
                case 'l': if (Ends("able") || Ends("ible")) break; return;
                case 'n': if (Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent")) break; return;
                case 'o':
                    if (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') break;
                    if (Ends("ou")) break;
                    return;
                case 's': if (Ends("ism")) break; return;
                case 't': if (Ends("ate") || Ends("iti")) break; return;
                case 'u': if (Ends("ous")) break; return;
                case 'v': if (Ends("ive")) break; return;
                case 'z': if (Ends("ize")) break; return;
                default: return;
            }
            if (M() > 1) K = _j;
        }

        public void Step5()
        {
            _j = K;
            if (_b[K] == 'e')
            {
                int a = M();
                if (a > 1 || (a == 1 && !Cvc(K - 1))) K--;
            }
            if (_b[K] == 'l' && DoubleC(K) && M() > 1) K--;
        }
    }
}
