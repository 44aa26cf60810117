namespace MynaGate.Link.Errors;

/// <summary>
/// Every code the product shows or logs, in one place: docs/error-codes.md is generated from it
/// (<c>mynagate docs error-codes</c>), and a test fails when a code used anywhere in the sources is missing here or a
/// code here is used nowhere. The constants stay where they are raised (FlowErrors, LinkErrorCodes, LinkDiagnostics,
/// PairingException); this is what people need to know about them.
/// </summary>
public static class ErrorCatalogue
{
    private const string TerminalText = "Error_Terminal";
    private const string RefusedText = "Error_Refused";
    private const string CertificateText = "Error_Certificate";

    private static readonly Bilingual NothingNeeded = new("不要です (故障ではありません)。", "Nothing: it is not a fault.");
    private static readonly Bilingual CodeTimeSerial = new(
        "コード・日時・リーダーのシリアル番号 (コンソールのログにあります)。",
        "The code, the time and the reader's serial number (all in the console's log).");
    private static readonly Bilingual WhenFrequent = new(
        "同じリーダーで繰り返す場合のみ: コード・日時・リーダーのシリアル番号と、その頃の件数。",
        "Only when one reader shows it often: the code, the times, the reader's serial number and how often.");
    private static readonly Bilingual TerminalLogs = new(
        "コード・日時、コンソールのログ、端末での `mynagate doctor --json` の出力。",
        "The code and time, the console's log and the output of `mynagate doctor --json` on the terminal.");
    private static readonly Bilingual NotAccepted = new(
        "カードを受け付けず、医療機関の手順で本人確認を行ってください。資格確認書または保険証で受け付けます。",
        "Do not accept the card; confirm the patient's identity by the clinic's own procedure and accept a 資格確認書 or insurance card.");

    public static IReadOnlyList<ErrorEntry> All { get; } =
    [
        Patient("E101", ErrorArea.Reader,
            new("手続きの途中でカードが取り外されました。", "The card was taken off the reader before the session ended."),
            new("カードを置き直して最初からやり直すよう案内してください。", "Ask the patient to place the card again and start over."),
            WhenFrequent),
        Patient("E102", ErrorArea.Reader,
            new("患者さんが「中止」を押しました。", "The patient pressed 中止 (cancel)."),
            new("必要なら操作をお手伝いください。", "Help the patient if they were unsure what to do."),
            NothingNeeded),
        Patient("E103", ErrorArea.Reader,
            new("設定した時間、操作がありませんでした。", "Nothing was touched for the configured time."),
            new("操作が分からない様子であればお手伝いください。", "Help the patient if they did not know what to do next."),
            NothingNeeded),
        Patient("E104", ErrorArea.Reader,
            new("置かれたカードがマイナンバーカードとして応答しません (別の IC カード、裏返し、ケース入りなど)。", "The card placed does not answer as a My Number Card (another IC card, upside down, in a thick case)."),
            new("マイナンバーカードであることを確認し、ケースから出して置き直してもらってください。読めない場合は資格確認書または保険証で受け付けます。", "Check it is a My Number Card, out of its case, and have it placed again; if it still fails, accept a 資格確認書 or insurance card."),
            WhenFrequent),
        Patient("E105", ErrorArea.Reader,
            new("カードとの通信が途切れました (カードが動いた、接触不良、カードリーダーのサービス停止)。", "Talking to the card failed (the card moved, a bad contact, the smart-card service stopped)."),
            new("カードを置き直してもらってください。どのカードでも起きる場合はリーダーを再起動し、`mynagate doctor` を実行してください。", "Have the card placed again; if every card fails, restart the reader and run `mynagate doctor`."),
            new("コード・日時・シリアル番号と、リーダーでの `mynagate doctor --json` の出力。", "The code, time and serial number, and `mynagate doctor --json` run on the reader.")),
        Patient("E106", ErrorArea.Reader,
            new("リーダー内部で想定外の障害が起きました (カメラ、認識エンジン、ソフトウェア)。セッションは終了し、次の患者さんは受け付けます。", "An unexpected fault in the reader (a camera, an engine, the software); the session ended and the reader serves the next patient."),
            new("カードを置き直してもらってください。繰り返す場合はリーダーを再起動し、サポートに連絡してください。", "Have the card placed again; if it repeats, restart the reader and call support."),
            new("コード・日時・シリアル番号、リーダーでの `mynagate doctor --json` の出力、リーダーのサービスログ (journalctl -u mynagate-reader)。", "The code, time and serial number, `mynagate doctor --json` on the reader, and the reader service's log (journalctl -u mynagate-reader).")),
        Patient("E201", ErrorArea.Reader,
            new("券面 (生年月日・有効期限・セキュリティコード) を確実に読み取れませんでした。読み誤るよりも読まない判断をしています。", "The card face (birth date, expiry, security code) could not be read surely; the reader abstains rather than guess."),
            new("暗証番号または目視確認に案内してください。頻発する場合はカード読取部のレンズの汚れと照明を確認してください。", "Guide the patient to the PIN or 目視確認; if frequent, check the card camera's lens and the lighting."),
            WhenFrequent),
        Patient("E202", ErrorArea.Reader,
            new("券面から読んだ照合番号Bをカードが受け付けませんでした (カードの試行回数を 1 回使いました)。", "The card refused the 照合番号B read from its face (one of the card's tries was used)."),
            new("暗証番号または目視確認に案内してください。繰り返すとカードがロックされ、市区町村での手続きが必要になります。", "Guide the patient to the PIN or 目視確認; repeated failures lock the card, which the municipality unlocks."),
            CodeTimeSerial),
        Patient("E203", ErrorArea.Reader,
            new("券面情報の署名、またはカードが持つべき鍵を確認できませんでした。正規のカードではないか、別のカードの情報が組み合わされています。", "The card-face record's signature, or the key the record names, did not verify: the card is not genuine or carries another card's record."),
            NotAccepted, CodeTimeSerial),
        Patient("E204", ErrorArea.Reader,
            new("決められた回数の撮影で、顔がカードの写真と一致しませんでした。", "The face did not match the card's photo within the allowed attempts."),
            new("暗証番号または目視確認に案内してください。", "Guide the patient to the PIN or 目視確認."),
            new("同じリーダーで繰り返す場合のみ: 日時・シリアル番号、照明と顔カメラの位置。", "Only when frequent on one reader: the times, the serial number, the lighting and the face camera's position.")),
        Patient("E205", ErrorArea.Reader,
            new("カードの顔写真を使えませんでした (顔が見つからない、画像を読めない)。", "The chip's photo could not be used (no face found in it, or it does not decode)."),
            new("暗証番号または目視確認に案内してください。", "Guide the patient to the PIN or 目視確認."),
            CodeTimeSerial),
        Patient("E301", ErrorArea.Reader,
            new("暗証番号が違います。カードは残り回数を数えています。", "The PIN was wrong; the card counts the tries left."),
            new("残り回数が少ない場合は顔認証または目視確認に案内してください。", "When few tries are left, guide the patient to the face check or 目視確認."),
            NothingNeeded),
        Patient("E302", ErrorArea.Reader,
            new("暗証番号がロックされています。", "The PIN is locked."),
            new("顔認証または目視確認に案内し、暗証番号の再設定は市区町村の窓口で行うよう伝えてください。", "Guide the patient to the face check or 目視確認; the municipality resets the PIN."),
            NothingNeeded),
        Patient("E401", ErrorArea.Reader,
            new("目視確認で職員が「本人ではない」を選びました。", "Staff declined the patient in 目視確認."),
            NotAccepted, NothingNeeded),
        Patient("E501", ErrorArea.Reader,
            new("資格確認端末から時間内に応答がありませんでした。", "The eligibility terminal did not answer in time."),
            new("資格確認端末の電源とネットワーク、コンソールのリーダー一覧を確認してください。復旧までは資格確認書または保険証で受け付けます。", "Check the terminal PC is on and on the network, and the console's reader list; until it is back, accept a 資格確認書 or insurance card."),
            new("コード・日時・シリアル番号、コンソールのログ、端末とリーダー両方での `mynagate doctor --json` の出力。", "The code, time and serial number, the console's log, and `mynagate doctor --json` on both the terminal and the reader.")),
        Patient("E601", ErrorArea.Reader,
            new("オンライン資格確認で有効な資格が見つかりませんでした (該当なし、無効、複数該当)。", "The eligibility check found no valid qualification (none, invalid, several matches)."),
            new("資格確認書または保険証を確認し、必要に応じて保険者に確認してください。", "Check the 資格確認書 or insurance card, and ask the insurer if needed."),
            NothingNeeded),

        Patient("T101", ErrorArea.Terminal,
            new("端末がオンライン資格確認システムに接続できませんでした (回線、証明書の不一致)。", "The terminal could not connect to the national service (the line, or a certificate other than the pinned one)."),
            new("端末のネットワーク (オンライン資格確認の回線) を確認し、やり直してください。復旧までは資格確認書または保険証で受け付けます。", "Check the terminal's network (the eligibility line) and try again; meanwhile accept a 資格確認書 or insurance card."),
            TerminalLogs, TerminalText),
        Patient("T102", ErrorArea.Terminal,
            new("オンライン資格確認システムの応答が、リーダーが待てる時間内に返りませんでした。結果は書き込まれていません。", "The national service did not answer before the reader stopped waiting; nothing was written."),
            new("やり直してください。続く場合は T101 と同じく回線を確認してください。", "Try again; if it persists, check the line as for T101."),
            TerminalLogs, TerminalText),
        Patient("T103", ErrorArea.Terminal,
            new("オンライン資格確認システムがエラー、読めない応答、または知らないコードを返しました。", "The national service answered with an error, something unreadable or a code it does not use."),
            new("やり直してください。続く場合はサポートに連絡してください。", "Try again; if it persists, call support."),
            TerminalLogs, TerminalText),
        Patient("T104", ErrorArea.Terminal,
            new("結果の XML を Face フォルダに書き込めませんでした (容量不足、書込み権限なし、フォルダがない)。", "The result XML could not be written to the Face folder (disk full, no write permission, folder missing)."),
            new("Face フォルダのディスクの空きと権限 (レセプトコンピュータとの共有) を確認し、やり直してください。", "Check the Face folder's free space and permissions (the share with the receipt computer), then try again."),
            new("コード・日時、Face フォルダのパスと空き容量、コンソールのログ。", "The code and time, the Face folder's path and free space, the console's log."), TerminalText),
        Patient("T201", ErrorArea.Terminal,
            new("リーダーの署名付きの証明が検証できませんでした (リーダーの時計が 5 分以上ずれている、リーダーがリセットされた、通信が改変された)。", "The reader's signed assertion did not verify (the reader's clock is more than 5 minutes off, the reader was reset, or the message was altered)."),
            new("リーダーの時計を確認してください。リーダーをリセットした場合はペアリングし直してください。", "Check the reader's clock; if the reader was reset, pair it again."),
            CodeTimeSerial, RefusedText),
        Patient("T202", ErrorArea.Terminal,
            new("端末が発行していないチャレンジでの照会でした (手続き中に端末が再起動した、または再送)。", "A qualification for a challenge the terminal did not issue (the terminal restarted mid-session, or a replay)."),
            new("最初からやり直すよう案内してください。", "Ask the patient to start again."),
            WhenFrequent, RefusedText),
        Patient("T203", ErrorArea.Terminal,
            new("端末が保持していないセッションの完了・公費の送信でした (端末の再起動、時間切れ)。", "A completion or certificate for a session the terminal does not hold (a restart, or it timed out)."),
            new("最初からやり直すよう案内してください。", "Ask the patient to start again."),
            WhenFrequent, RefusedText),
        Patient("T204", ErrorArea.Terminal,
            new("公費受給者証の様式または項目が正しくありません。", "The paper certificate's form or fields are not valid."),
            new("受給者証を確認し、受付で入力してください。", "Check the certificate and enter it at the counter."),
            CodeTimeSerial, RefusedText),
        Patient("T205", ErrorArea.Terminal,
            new("券面情報と電子証明書が別の人のものです (改ざんされたカード)。", "The card-face record and the certificate on the card belong to different people (a tampered card)."),
            NotAccepted, CodeTimeSerial, RefusedText),
        Patient("T206", ErrorArea.Terminal,
            new("リーダーからのメッセージを端末が読めませんでした (版の不一致、または LAN 上の別の機器)。", "The terminal could not read a reader's message (versions that differ, or another device on the LAN)."),
            new("端末とリーダーのソフトウェアの版が同じか確認してください。", "Check the terminal and the reader run the same version."),
            new("両方の `mynagate --version`、コンソールのログ。", "`mynagate --version` on both, and the console's log."), RefusedText),

        Patient("Q301", ErrorArea.NationalService,
            new("カードの利用者証明用電子証明書が失効しています。", "The card's user-authentication certificate is revoked."),
            new("市区町村の窓口で手続きするよう伝え、今日は資格確認書または保険証で受け付けます。", "Send the patient to the municipality; today accept a 資格確認書 or insurance card."),
            NothingNeeded, CertificateText),
        Patient("Q302", ErrorArea.NationalService,
            new("カードの利用者証明用電子証明書の有効期限が切れています。", "The card's user-authentication certificate has expired."),
            new("市区町村の窓口で更新するよう伝え、今日は資格確認書または保険証で受け付けます。", "Send the patient to the municipality to renew it; today accept a 資格確認書 or insurance card."),
            NothingNeeded, CertificateText),
        Patient("Q303", ErrorArea.NationalService,
            new("電子証明書が J-LIS の発行したものではありません (正規のカードではない)。", "The certificate was not issued by J-LIS (not a genuine card)."),
            NotAccepted, CodeTimeSerial, CertificateText),
        Patient("Q304", ErrorArea.NationalService,
            new("本人確認の証明 (カードの署名またはリーダーの証明) が検証できないか、使用済みのチャレンジでした。", "The proof of presence (the card's signature or the reader's assertion) did not verify, or its challenge was used before."),
            new("最初からやり直すよう案内してください。繰り返す場合はサポートに連絡してください。", "Ask the patient to start again; if it repeats, call support."),
            TerminalLogs, RefusedText),
        Patient("Q305", ErrorArea.NationalService,
            new("このリーダーが医療機関のリーダーとして登録されていません。", "This reader is not registered for the medical institution with the national service."),
            new("コンソールからリーダーをペアリングし直してください (ペアリングで登録されます)。", "Pair the reader again from the console (pairing registers it)."),
            TerminalLogs, RefusedText),

        Staff("L101", ErrorArea.Link,
            new("リーダーが接続を拒否しました (リーダーが起動していない、ファイアウォール)。", "The reader refused the connection (not running, or a firewall)."),
            new("リーダーの電源とサービス、ファイアウォールのポートを確認してください。", "Check the reader is on and its service runs, and the firewall's port."),
            TerminalLogs),
        Staff("L102", ErrorArea.Link,
            new("リーダーが時間内に応答しません (パケットの欠落、応答しないファイアウォール)。", "The reader did not answer in time (packets dropped, or a firewall that drops silently)."),
            new("ネットワーク機器とファイアウォールを確認してください。", "Check the network equipment and the firewall."),
            TerminalLogs),
        Staff("L103", ErrorArea.Link,
            new("ペアリングしたものと別の証明書が提示されました (同じアドレスに別の機器、またはリーダーのリセット)。", "A certificate other than the paired one was presented (another device at that address, or the reader was reset)."),
            new("アドレスを確認し、リーダーをリセットした場合はペアリングし直してください。", "Check the address; if the reader was reset, pair it again."),
            TerminalLogs),
        Staff("L104", ErrorArea.Link,
            new("リーダーに到達できません (ケーブル、アドレス、経路)。", "The reader cannot be reached (the cable, the address, the route)."),
            new("ケーブル・アドレス・ネットワークを確認してください。", "Check the cable, the address and the network."),
            TerminalLogs),
        Staff("L105", ErrorArea.Link,
            new("リーダーがこの端末を認識していません (リーダー側でペアリングが解除された)。", "The reader does not recognise this terminal (it was unpaired on the reader's side)."),
            new("リーダーをペアリングし直してください。", "Pair the reader again."),
            TerminalLogs),

        Staff("P101", ErrorArea.Pairing,
            new("ペアリングコードが違うか、古くなっています。", "The pairing code is wrong or out of date."),
            new("リーダーの画面に表示されている最新のコードを入力してください (3 回違うと新しいコードに変わります)。", "Enter the latest code on the reader's screen (it changes after 3 wrong tries)."),
            NothingNeeded),
        Staff("P102", ErrorArea.Pairing,
            new("そのアドレスの機器は、コードを表示したリーダーであることを証明できませんでした。", "The device at that address could not prove it is the reader showing the code."),
            new("アドレスを確認してください。", "Check the address."),
            CodeTimeSerial),
        Staff("P103", ErrorArea.Pairing,
            new("ライセンスで使えるリーダーの台数に達しています。", "The licence's number of readers is reached."),
            new("使わないリーダーのペアリングを解除してください。", "Unpair a reader no longer used, or extend the licence."),
            NothingNeeded),
        Staff("P104", ErrorArea.Pairing,
            new("リーダーに接続できませんでした。", "The reader could not be reached."),
            new("アドレス・電源・ネットワークを確認してください。", "Check the address, the power and the network."),
            TerminalLogs),
        Staff("P105", ErrorArea.Pairing,
            new("このリーダーは別の端末とペアリング済みです。", "The reader is paired with another terminal."),
            new("先にその端末で解除するか、リーダーをリセットしてください。", "Unpair it on that terminal first, or reset the reader."),
            NothingNeeded),
        Staff("P106", ErrorArea.Pairing,
            new("試行が多すぎるため、リーダーがしばらく受け付けません。", "Too many attempts: the reader refuses them for a while."),
            new("10 分ほど待ってからやり直してください。", "Wait about 10 minutes and try again."),
            NothingNeeded),
        Staff("P107", ErrorArea.Pairing,
            new("ペアリングコードの形式が違います。", "The pairing code has the wrong shape."),
            new("ペアリングコードは数字 6 桁です。", "The pairing code is 6 digits."),
            NothingNeeded),
    ];

    private static readonly Dictionary<string, ErrorEntry> ByCode = All.ToDictionary(e => e.Code, StringComparer.Ordinal);

    /// <summary>The entry for <paramref name="code"/>, or null for a code the product does not use.</summary>
    public static ErrorEntry? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var entry) ? entry : null;

    // the reader's own codes have a screen text of their own; the terminal's and the national service's share three
    private static ErrorEntry Patient(string code, ErrorArea area, Bilingual cause, Bilingual action, Bilingual support, string? textKey = null) =>
        new(code, area, ErrorAudience.Patient, cause, action, support) { PatientTextKey = textKey ?? "Error_" + code };

    private static ErrorEntry Staff(string code, ErrorArea area, Bilingual cause, Bilingual action, Bilingual support) =>
        new(code, area, ErrorAudience.Staff, cause, action, support);
}
