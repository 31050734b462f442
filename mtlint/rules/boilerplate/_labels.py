"""News sites' page labels in other languages than English, for BP022.

Each list holds the label of one widget, in lower case, as sites print it alone on a line:
the advertisement slot, the share, print, listen and subscribe buttons, the newsroom's
byline, and the label of a photo credit. English labels are other rules' (BP002, BP011,
BP015, BP009). Words that are also English words or common names ("Del", "Deli", "Pub",
"Stampa", "Jaa", "In") are left out: alone on a line in an English text they may be the
text's own.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType


def _variants(label: str) -> set[str]:
    """The spellings a label may have in a text: as written, composed (NFC), and with
    the Bengali letter "য়" precomposed (NFC decomposes it: it is a composition exclusion)."""
    nfc = unicodedata.normalize("NFC", label)
    return {label, nfc, nfc.replace("\u09af\u09bc", "\u09df")}


def _words(text: str) -> tuple[str, ...]:
    """The comma-separated labels (a label may have several words), in each spelling."""
    labels = (item.strip() for item in text.split(",") if item.strip())
    return tuple(sorted({v for label in labels for v in _variants(label)}))


_KINDS: dict[str, tuple[str, ...]] = {
    "advertisement": _words(
        """
            annonce, annoncer, annonse, annons, annonssi, anzeige, werbung, reklame, reklama,
            reklamy, reklam, reklaam, reklāma, reklamă, publicitat, publicidad, publicidade,
            pubblicità, publicité, publicitate, advertentie, advertenties, mainos, hirdetés,
            oglas, auglýsing, iklan, quảng cáo, patalastas, tangazo, anuncio, anuncios,
            anúncio, anúncios, publirreportaje, publireportaje, publireportage, gesponsert,
            patrocinado, sponsorizzato, sponsorisé, sponsoreret, sponsrad, gesponsord,
            sponsorowane, реклама, оглас, διαφήμιση, إعلان, اعلان, إعلانات, פרסומת, تبلیغات,
            اشتہار, विज्ञापन, বিজ্ঞাপন, விளம்பரம், ప్రకటన, ಜಾಹೀರಾತು, പരസ്യം, જાહેરાત,
            ਇਸ਼ਤਿਹਾਰ, जाहिरात, โฆษณา, 广告, 廣告, 広告, 광고
        """
    ),
    "share": _words(
        """
            comparteix, compartir, comparte, compartilhar, compartilhe, partilhar, partager,
            partagez, teilen, artikel teilen, condividi, delen, deel, del artiklen,
            del artikel, dela artikeln, del saken, jaa artikkeli, udostępnij, sdílet,
            zdieľať, megosztás, paylaş, distribuie, podijeli, podeli, dalintis, dalīties,
            deila, bagikan, kongsi, chia sẻ, ibahagi, shiriki, сподели, поделиться,
            поділитися, подели, κοινοποίηση, μοιραστείτε, مشاركة, شارك, שתף, שתפו,
            اشتراک گذاری, شیئر کریں, शेयर करें, শেয়ার করুন, பகிர், แชร์, 分享, シェア, 共有する, 공유,
            공유하기
        """
    ),
    "print": _words(
        """
            imprimir, imprimer, drucken, afdrukken, drukuj, tisk, tlačiť, nyomtatás, yazdır,
            udskriv, skriv ut, tulosta, cetak, печат, печать, друк, εκτύπωση, طباعة, הדפס,
            打印, 인쇄
        """
    ),
    "listen": _words(
        """
            escuchar, escolta, ouvir, écouter, anhören, ascolta, beluisteren, posłuchaj,
            poslechnout, dinle, lyssna, kuuntele, слушать, ακούστε
        """
    ),
    "subscribe": _words(
        """
            suscríbete, subscriu-te, assine, abonnieren, s'abonner, abonnez-vous, iscriviti,
            abonneren, subskrybuj, abone ol, prenumerera, tilaa, подписаться, абонирай се,
            εγγραφείτε, اشترك, 订阅, 訂閱, 구독, đăng ký, berlangganan
        """
    ),
    "newsroom": _words(
        """
            redacció, redacción, redação, redacção, redazione, rédaction, redaktion,
            redactie, redakcja, redakce, redakcia, redaksiyon, redaksi, toimitus, uredništvo,
            редакция, редакція
        """
    ),
}

# Label -> the widget it names.
LABELS = MappingProxyType({label: kind for kind, labels in _KINDS.items() for label in labels})

# The label of a photo credit ("Снимка: Иван Грозев", "Foto: Jens Holm", "ছবি: Reuters").
PHOTO_LABELS = frozenset(
    _words(
        """
            foto, fotos, fotó, fotografía, fotografia, fotografie, fotografija, fotoğraf,
            zdjęcie, bild, billede, bilde, kuva, kép, imagen, imagem, immagine, crédito,
            créditos, crédit, crédits, bildnachweis, ảnh, resim, nuotrauka, attēls, slika,
            snímek, снимка, фото, фотография, фотографија, слика, снимак, світлина,
            φωτογραφία, φωτο, صورة, الصورة, تصوير, צילום, عکس, फोटो, फ़ोटो, तस्वीर, ছবি,
            படம், تصویر, ภาพ, 写真, 图片, 圖片, 摄影, 攝影, 사진
        """
    )
)

# The label of a timestamp ("Opdateret", "Actualizado el", "Обновено:", "আপডেট:"): the
# page's publication and update stamps, before a date (BP021).
STAMP_LABELS = frozenset(
    _words(
        """
            opdateret, publiceret, oppdatert, publisert, uppdaterad, publicerad, päivitetty,
            julkaistu, aktualisiert, veröffentlicht, zuletzt aktualisiert, erstellt,
            actualizado, publicado, actualitzat, actualitzada, publicat, publicada,
            mis à jour, publié, modifié, mise à jour, aggiornato, pubblicato, atualizado,
            atualização, bijgewerkt, gepubliceerd, geplaatst, laatst bijgewerkt,
            zaktualizowano, opublikowano, aktualizacja, publikacja, aktualizováno,
            publikováno, aktualizované, publikované, aktualizace, frissítve, frissítés,
            közzétéve, megjelent, güncellendi, güncelleme, yayınlandı, yayınlanma,
            yayın tarihi, actualizat, publicat la, ažurirano, objavljeno, posodobljeno,
            atnaujinta, paskelbta, atjaunināts, publicēts, uuendatud, avaldatud,
            ажурирано, објављено, обновено, публикувано, публикуван, обновлено,
            опубликовано, оновлено, опубліковано, ενημερώθηκε, δημοσιεύθηκε, δημοσίευση,
            ενημέρωση, تحديث, آخر تحديث, نشر, تاريخ النشر, نشر في, עודכן, פורסם,
            به‌روزرسانی, منتشر شده, تاریخ انتشار, अपडेटेड, अपडेट, प्रकाशित, প্রকাশিত,
            আপডেট, প্রকাশ, प्रकाशन, அப்டேட், வெளியிடப்பட்டது, อัปเดต, เผยแพร่, 更新,
            发布, 發布, 发布时间, 發布時間, 更新时间, 公開, 更新日, 配信, 업데이트, 입력,
            수정, 등록, cập nhật, đăng lúc, diperbarui, dipublikasikan, diterbitkan,
            dikemaskini, diterbitkan pada
        """
    )
)


def _firsts(labels: frozenset[str]) -> frozenset[str]:
    """The first words of the labels, with a colon: "Обновено:" is the token that starts
    "Обновено: 14.03.2026"."""
    words = {label.split()[0] for label in labels}
    return frozenset(words | {w + ":" for w in words} | {w + "：" for w in words})


# The first words of the timestamp labels (lower case), to test a line's first token.
STAMP_FIRST = _firsts(STAMP_LABELS)
