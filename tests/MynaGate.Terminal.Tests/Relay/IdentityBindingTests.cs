using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>The identity binding and its name rule: what agrees, what differs, what is left out.</summary>
public sealed class IdentityBindingTests
{
    private static readonly byte[] Challenge = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly DateOnly Birth = new(1984, 5, 17);

    private static IdentityMatch Compare(string onCard, string inAnswer, DateOnly? answerBirth = null, int answerSex = 1) =>
        IdentityBinding.Compute(Challenge, Birth, 1, onCard).Compare(IdentityBinding.Compute(Challenge, answerBirth ?? Birth, answerSex, inAnswer));

    [Theory]
    [InlineData("山田　太郎", "山田 太郎")]
    [InlineData("山田　太郎", "山田太郎")]
    [InlineData("髙橋　花子", "高橋 花子")]
    [InlineData("ＳＭＩＴＨ　Ｊｏｈｎ", "SMITH JOHN")]
    [InlineData("渡邊　一", "渡辺 一")]
    public void Names_that_differ_only_by_spaces_width_case_or_a_listed_variant_are_the_same(string onCard, string inAnswer) =>
        Assert.Equal(IdentityMatch.Same, Compare(onCard, inAnswer));

    [Theory]
    [InlineData("山田　太郎", "山田 次郎")]
    [InlineData("山田　太郎", "山田 太")]
    [InlineData("佐藤　花子", "鈴木 花子")]
    public void Names_that_differ_at_a_known_place_or_in_length_are_different(string onCard, string inAnswer) =>
        Assert.Equal(IdentityMatch.Different, Compare(onCard, inAnswer));

    [Fact]
    public void A_character_the_register_could_not_print_matches_anything_at_its_place_only()
    {
        Assert.Equal(IdentityMatch.Same, Compare("𠮷田　一郎", "●田 一郎"));
        Assert.Equal(IdentityMatch.Same, Compare("〓田　一郎", "吉田 一郎"));
        Assert.Equal(IdentityMatch.Different, Compare("𠮷田　一郎", "●田 二郎"));
        Assert.Equal(IdentityMatch.Different, Compare("𠮷田　一郎", "●田 一郎太"));
    }

    [Fact]
    public void A_name_with_too_few_known_places_in_common_is_left_out_and_birth_date_and_sex_still_decide()
    {
        Assert.Equal(IdentityMatch.NameNotCompared, Compare("●●　一", "山田 ●"));
        Assert.Equal(IdentityMatch.NameNotCompared, Compare("一", "一"));
        Assert.Equal(IdentityMatch.Different, Compare("一", "一", answerBirth: Birth.AddDays(1)));
        Assert.Equal(IdentityMatch.Different, Compare("山田　太郎", "山田 太郎", answerSex: 2));
    }

    [Fact]
    public void The_values_are_keyed_by_the_challenge_and_bound_to_their_place()
    {
        var one = IdentityBinding.Compute(Challenge, Birth, 1, "山田太郎");
        var other = IdentityBinding.Compute([.. Challenge.Reverse()], Birth, 1, "山田太郎");
        Assert.Equal(IdentityMatch.Different, one.Compare(other));
        // the same two characters swapped: every character is present, none at its place
        Assert.Equal(IdentityMatch.Different, IdentityBinding.Compute(Challenge, Birth, 1, "田山太郎").Compare(one));
        Assert.DoesNotContain("山", one.ToSignedText(), StringComparison.Ordinal);
    }
}
