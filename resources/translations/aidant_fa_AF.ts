<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="fr">
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+148"/>
        <source>1 caractère sur 15</source>
        <translation>1 حرف از 15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} caractères sur 15</source>
        <translation>{n} حرف از 15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Numéro correct. Pour vous connecter, votre identifiant ameli sera les 13 premiers chiffres : {login}</source>
        <translation>✔ نمبر درست است. برای ورود، شناسه ameli شما 13 رقم اول این نمبر است: {login}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>✔ IBAN correct.</source>
        <translation>✔ نمبر IBAN درست است.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/birth_date.py" line="+103"/>
        <source>Jour</source>
        <translation>روز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mois</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Année</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} : {part}</source>
        <translation>{field}: {part}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../aidant_app/journey/fields.py" line="+83"/>
        <source>Numéro de sécurité sociale (sur votre carte Vitale)</source>
        <translation>نمبر تأمین اجتماعی (روی کارت carte Vitale شما)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 chiffres, par exemple 1 84 12 75 116 001 26</source>
        <translation>15 رقم، مثلاً 1 84 12 75 116 001 26</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La carte Vitale, ou l&apos;attestation de droits (le papier de l&apos;Assurance Maladie avec votre numéro)</source>
        <translation>کارت carte Vitale، یا attestation de droits (ورق Assurance Maladie که نمبر شما در آن است)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code postal de votre domicile</source>
        <translation>کود پستی خانه شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 chiffres, par exemple 75011</source>
        <translation>5 رقم، مثلاً 75011</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IBAN : le numéro de votre compte en banque (sur votre RIB)</source>
        <translation>نمبر IBAN: نمبر حساب بانکی شما (روی RIB شما)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un RIB : la feuille de votre banque avec votre IBAN</source>
        <translation>ورق RIB: ورقی از بانک شما که IBAN شما در آن است</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Il commence par FR76 pour une banque française</source>
        <translation>برای یک بانک فرانسوی، با FR76 شروع می‌شود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe du compte ameli</source>
        <translation>رمز حساب ameli</translation>
    </message>
</context>
<context>
    <name>AccountFormPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_fields.py" line="+53"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>مشوره برای انتخاب رمز</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/pages/account_form.py" line="+118"/>
        <source>« {name} »</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}
Information demandée que cette version ne connaît pas : {names}.</source>
        <translation>{sentence}
این نسخه معلوماتی را که خواسته شده نمی‌شناسد: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Créer votre compte ameli</source>
        <translation>حساب ameli خود را بسازید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer mon compte</source>
        <translation>ساختن حساب من</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>J&apos;accepte les conditions d&apos;utilisation</source>
        <translation>شرایط استفاده را قبول دارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lire les conditions</source>
        <translation>خواندن شرایط</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Prenez votre carte Vitale. Recopiez les informations une par une. L&apos;application vérifie chaque case pendant que vous écrivez.</source>
        <translation>کارت carte Vitale خود را بگیرید. معلومات را یکی یکی بنویسید. برنامه هر خانه را هنگام نوشتن شما چک می‌کند.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cette version ne peut pas créer ce compte. Lisez le texte au-dessus.</source>
        <translation>این نسخه نمی‌تواند این حساب را بسازد. متن بالا را بخوانید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplissez d&apos;abord les cases de cette question.</source>
        <translation>اول خانه‌های این سؤال را پر کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplissez d&apos;abord toutes les cases du formulaire.</source>
        <translation>اول همه خانه‌های فورم را پر کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez d&apos;abord la case des conditions d&apos;utilisation.</source>
        <translation>اول خانه شرایط استفاده را نشانی کنید.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Création de votre compte ameli…</source>
        <translation>حساب ameli شما ساخته می‌شود…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Réessayer (possible dans {n} s)</source>
        <translation>دوباره کوشش کنید (بعد از {n} ثانیه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer</source>
        <translation>دوباره کوشش کنید</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>L&apos;Assurance Maladie a changé ses conditions. Lisez-les, cochez la case, puis appuyez sur « Créer mon compte ».</source>
        <translation>اداره Assurance Maladie شرایط خود را تغییر داده است. آن‌ها را بخوانید، خانه را نشانی کنید، بعد دکمه «ساختن حساب من» را بزنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lecture des nouvelles conditions…</source>
        <translation>شرایط جدید خوانده می‌شود…</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/account_groups.py" line="+83"/>
        <source>Question {n} sur {total}</source>
        <translation>سؤال {n} از {total}</translation>
    </message>
</context>
<context>
    <name>AccountQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_question.py" line="+18"/>
        <source>Votre compte ameli</source>
        <translation>حساب ameli شما</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non, je n&apos;ai pas de compte ameli</source>
        <translation>نخیر، من حساب ameli ندارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oui, j&apos;ai déjà un compte ameli</source>
        <translation>بلی، من از قبل حساب ameli دارم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous déjà un compte ameli ?</source>
        <translation>آیا از قبل حساب ameli دارید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est votre espace personnel sur le site de l&apos;Assurance Maladie (ameli.fr). Une personne ne peut avoir qu&apos;un seul compte.</source>
        <translation>حساب ameli صفحه شخصی شما در سایت Assurance Maladie (بیمه صحی فرانسه) است: ameli.fr. هر نفر فقط یک حساب داشته می‌تواند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, le site ameli vous le dira.</source>
        <translation>اگر نمی‌دانید، «نخیر» را انتخاب کنید. اگر حسابی از قبل باشد، سایت ameli به شما می‌گوید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si vous ne savez pas, choisissez « Non ». Si un compte existe déjà, nous vous le dirons. Nous vous aiderons à le retrouver.</source>
        <translation>اگر نمی‌دانید، «نخیر» را انتخاب کنید. اگر حسابی از قبل باشد، ما به شما می‌گوییم. ما کمک می‌کنیم که آن را دوباره پیدا کنید.</translation>
    </message>
</context>
<context>
    <name>AccountRecoveryPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/account_recovery.py" line="+69"/>
        <source>Vous avez déjà un compte ameli</source>
        <translation>شما از قبل حساب ameli دارید</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&apos;Assurance Maladie nous répond qu&apos;un compte ameli existe déjà pour ce numéro de sécurité sociale. Il ne faut pas en créer un deuxième. Voici comment retrouver l&apos;accès.</source>
        <translation>اداره Assurance Maladie به ما می‌گوید که برای این نمبر تأمین اجتماعی از قبل یک حساب ameli هست. حساب دوم نسازید. این‌طور می‌توانید دوباره به حساب خود داخل شوید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous n&apos;avez pas besoin d&apos;un nouveau compte. Voici comment retrouver l&apos;accès, selon votre situation.</source>
        <translation>به حساب جدید ضرورت ندارید. این‌طور می‌توانید دوباره به حساب خود داخل شوید، نظر به وضعیت شما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quelle est votre situation ?</source>
        <translation>وضعیت شما چیست؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votre réponse</source>
        <translation>جواب شما</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ouvrir la page de connexion ameli</source>
        <translation>باز کردن صفحه ورود ameli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code QR de la page de connexion ameli</source>
        <translation>کود QR صفحه ورود ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>یا این کود را با کمره تیلفون خود اسکن کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>برای زنگ زدن به Assurance Maladie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse sert déjà à quelqu&apos;un d&apos;autre ? Ce n&apos;est pas possible : chaque compte ameli a besoin de sa propre adresse e-mail. Créez une adresse pour la personne qui n&apos;en a pas.</source>
        <translation>آدرس شما را کس دیگری استفاده می‌کند؟ این ممکن نیست: هر حساب ameli به آدرس ایمیل خودش ضرورت دارد. برای نفری که آدرس ندارد یک آدرس بسازید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>ذخیره کردن این مرحله‌ها (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>نفر بعدی (همه چیز پاک شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>از سر شروع کردن (همه چیز پاک شود)</translation>
    </message>
</context>
<context>
    <name>ActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/activation_help.py" line="+67"/>
        <source>Un code est parti à {address}. Ouvrez cette boîte, puis écrivez le code ici : cela prouve que l&apos;adresse est la bonne.</source>
        <translation>یک کود به {address} فرستاده شد. این صندوق را باز کنید، بعد کود را اینجا بنویسید: این نشان می‌دهد که آدرس درست است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renvoyer le message (possible dans {n} s)</source>
        <translation>دوباره فرستادن پیام (بعد از {n} ثانیه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renvoyer le message</source>
        <translation>دوباره فرستادن پیام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>نام آن «Spam» یا «Courrier indésirable» است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>پیام را پیدا نمی‌کنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.
2. Regardez dans le dossier des messages indésirables : {folder}
3. Vérifiez que vous ouvrez la bonne boîte e-mail.</source>
        <translation>1. 2 یا 3 دقیقه صبر کنید: رسیدن پیام کمی وقت می‌گیرد.
2. در فولدر پیام‌های ناخواسته ببینید: {folder}
3. چک کنید که صندوق ایمیل درست را باز کرده‌اید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Demandez un nouveau message. Seul le lien du dernier message marche.</source>
        <translation>هنوز هم هیچ؟ یک پیام جدید بخواهید. فقط لینک آخرین پیام کار می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse e-mail est fausse ?</source>
        <translation>آدرس ایمیل غلط است؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail corrigée</source>
        <translation>آدرس ایمیل درست‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer un code à cette adresse</source>
        <translation>فرستادن کود به این آدرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code reçu à la nouvelle adresse</source>
        <translation>کودی که در آدرس جدید رسید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger l&apos;adresse et recevoir un nouveau lien</source>
        <translation>درست کردن آدرس و گرفتن لینک جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le lien ne s&apos;ouvre pas ?</source>
        <translation>لینک باز نمی‌شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collez ici le lien du message</source>
        <translation>لینک پیام را اینجا بچسپانید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans le message, faites un clic droit sur le lien. Choisissez « Copier l&apos;adresse du lien ». Puis collez-la ici (Ctrl + V).</source>
        <translation>در پیام، روی لینک کلیک راست کنید. «Copier l&apos;adresse du lien» (کاپی کردن آدرس لینک) را انتخاب کنید. بعد آن را اینجا بچسپانید (Ctrl + V).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valider le lien</source>
        <translation>چک کردن لینک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>پیام اصلی است یا جعلی؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En entraînement, le lien commence par http://{host}</source>
        <translation>در تمرین، لینک با http://{host} شروع می‌شود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Le lien mène à l&apos;adresse du service : {host}</source>
        <translation>لینک به آدرس این خدمت می‌رود: {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Le vrai message arrive juste après votre demande.
• Il ne demande jamais votre mot de passe, ni votre numéro de carte bancaire.
• {where}.
• Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.
• Dans le doute, ne cliquez pas : collez le lien ci-dessus, l&apos;application le vérifie.</source>
        <translation>• پیام اصلی درست بعد از درخواست شما می‌رسد.
• هیچ وقت رمز شما یا نمبر کارت بانکی شما را نمی‌خواهد.
• {where}.
• پیامی که شما را عجله می‌اندازد («dernier délai» یعنی آخرین مهلت، «compte bloqué» یعنی حساب بند شده) اکثراً جعلی است.
• اگر شک دارید، کلیک نکنید: لینک را در بالا بچسپانید، برنامه آن را چک می‌کند.</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation.py" line="+84"/>
        <source>Activer votre compte</source>
        <translation>فعال کردن حساب شما</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>باز کردن صندوق تمرینی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>باز کردن صندوق ایمیل من</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je ne trouve pas le message, ou l&apos;adresse est fausse</source>
        <translation>پیام را پیدا نمی‌کنم، یا آدرس غلط است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir plus tard</source>
        <translation>برای برگشتن در وقت دیگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier le code de reprise</source>
        <translation>کاپی کردن کود ادامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>ذخیره کردن ورق یادداشت (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer l&apos;entraînement</source>
        <translation>از سر شروع کردن تمرین</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Votre compte est créé. Il reste à l&apos;activer, c&apos;est-à-dire à le mettre en marche :
1. Nous avons envoyé un message à {address}.
2. Ouvrez votre boîte e-mail.
3. Ouvrez le message « Confirmez votre adresse e-mail ».
4. Cliquez sur le lien dans le message.
5. Sur la page qui s&apos;ouvre, appuyez sur « Confirmer mon adresse ».
6. Revenez ici : cette page avance toute seule.</source>
        <translation>حساب شما ساخته شد. فقط فعال کردن آن مانده است، یعنی روشن کردن آن:
1. ما یک پیام به {address} فرستادیم.
2. صندوق ایمیل خود را باز کنید.
3. پیام «Confirmez votre adresse e-mail» (آدرس ایمیل خود را تأیید کنید) را باز کنید.
4. روی لینک داخل پیام کلیک کنید.
5. در صفحه‌ای که باز می‌شود، دکمه «Confirmer mon adresse» (تأیید آدرس من) را بزنید.
6. اینجا برگردید: این صفحه خودش پیش می‌رود.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votre code de reprise : {code}
Avec ce code et votre date de naissance, vous pourrez reprendre ici. Il est aussi sur l&apos;aide-mémoire : la feuille à imprimer et à garder.</source>
        <translation>کود ادامه شما: {code}
با این کود و تاریخ تولد خود، می‌توانید اینجا کار را ادامه دهید. این کود در ورق یادداشت هم هست: ورقی که چاپ می‌کنید و نگه می‌دارید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous (« L&apos;adresse e-mail est fausse ? »).</source>
        <translation>⚠ ما نتوانستیم پیام را به این آدرس بفرستیم. آدرس ایمیل را چک کنید. اگر غلط است، آن را در پایین درست کنید («آدرس ایمیل غلط است؟»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Votre compte est activé.</source>
        <translation>✔ حساب شما فعال شد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Le lien n&apos;est plus valable. Demandez un nouveau message ci-dessous.</source>
        <translation>⚠ این لینک دیگر اعتبار ندارد. در پایین یک پیام جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En attente : nous regardons toutes les quelques secondes si vous avez cliqué sur le lien.</source>
        <translation>در انتظار: ما هر چند ثانیه می‌بینیم که آیا روی لینک کلیک کرده‌اید.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La page avance seule après votre clic sur le lien.</source>
        <translation>بعد از کلیک شما روی لینک، این صفحه خودش پیش می‌رود.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>✔ Aide-mémoire enregistré.</source>
        <translation>✔ ورق یادداشت ذخیره شد.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit.</source>
        <translation>⚠ برنامه نتوانست ورق یادداشت را در این جا ذخیره کند.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Envoi d&apos;un nouveau message…</source>
        <translation>یک پیام جدید فرستاده می‌شود…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un nouveau message est parti. Ouvrez le plus récent : l&apos;ancien lien ne marche plus.</source>
        <translation>یک پیام جدید فرستاده شد. تازه‌ترین پیام را باز کنید: لینک قبلی دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adresse corrigée. Un nouveau lien est parti à {address}.</source>
        <translation>آدرس درست شد. یک لینک جدید به {address} فرستاده شد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vérification du lien…</source>
        <translation>لینک چک می‌شود…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Le serveur d&apos;entraînement a redémarré. Il a oublié cette démarche d&apos;entraînement. Recommencez l&apos;entraînement depuis le début.</source>
        <translation>سرور تمرینی دوباره روشن شد. این تمرین را فراموش کرده است. تمرین را از اول شروع کنید.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/sections/address_correction.py" line="+41"/>
        <source>Envoi d&apos;un code à la nouvelle adresse…</source>
        <translation>یک کود به آدرس جدید فرستاده می‌شود…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changement de l&apos;adresse…</source>
        <translation>آدرس تغییر داده می‌شود…</translation>
    </message>
</context>
<context>
    <name>ActivationQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/activation_question.py" line="+23"/>
        <source>Activer votre compte ameli</source>
        <translation>فعال کردن حساب ameli شما</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai vu la confirmation</source>
        <translation>بلی، تأیید را دیدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous cliqué sur le lien du message d&apos;ameli, puis vu la confirmation ?</source>
        <translation>آیا روی لینک پیام ameli کلیک کردید، و بعد تأیید را دیدید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site ameli vous a envoyé un message. Ouvrez votre boîte e-mail et cliquez sur le lien du message. Une page d&apos;ameli confirme alors que le compte est activé.</source>
        <translation>سایت ameli برای شما یک پیام فرستاده است. صندوق ایمیل خود را باز کنید و روی لینک داخل پیام کلیک کنید. بعد یک صفحه ameli می‌گوید که حساب فعال شده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne voit pas votre compte ameli : c&apos;est vous qui nous dites ce que vous voyez.</source>
        <translation>برنامه Aidant حساب ameli شما را نمی‌بیند: شما به ما می‌گویید که چه می‌بینید.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quand vous avez vu la confirmation d&apos;ameli, répondez « Oui ».</source>
        <translation>وقتی تأیید ameli را دیدید، «بلی» را جواب دهید.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_dialog.py" line="+123"/>
        <source>Le début de la période est après la fin. Changez une des dates.</source>
        <translation>شروع دوره بعد از ختم آن است. یکی از تاریخ‌ها را تغییر دهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargement…</source>
        <translation>در حال بار شدن…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accompagnements</source>
        <translation>همراهی‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} accompagnements, {m} minutes, pour la structure « {s} ».</source>
        <translation>{n} همراهی، {m} دقیقه، برای مرکز «{s}».</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Graphique des accompagnements par semaine</source>
        <translation>گراف همراهی‌ها در هر هفته</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Semaine du {date}</source>
        <translation>هفتهٔ {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{summary} Le tableau à côté donne les mêmes chiffres.</source>
        <translation>{summary} جدول پهلوی آن همین ارقام را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 accompagnement, 1 minute, pour la structure « {s} ».</source>
        <translation>1 همراهی، 1 دقیقه، برای مرکز «{s}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 accompagnement, {m} minutes, pour la structure « {s} ».</source>
        <translation>1 همراهی، {m} دقیقه، برای مرکز «{s}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} accompagnements, 1 minute, pour la structure « {s} ».</source>
        <translation>{n} همراهی، 1 دقیقه، برای مرکز «{s}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporter l&apos;activité</source>
        <translation>صادر کردن فعالیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableur CSV (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export…</source>
        <translation>در حال صادر کردن…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fichier enregistré : 1 accompagnement.</source>
        <translation>فایل ذخیره شد: 1 همراهی.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier enregistré : {n} accompagnements.</source>
        <translation>فایل ذخیره شد: {n} همراهی.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aidant – activité de la structure</source>
        <translation>Aidant – فعالیت مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du</source>
        <translation>از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au</source>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher</source>
        <translation>نشان دادن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes accompagnements</source>
        <translation>همراهی‌های من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valeurs à recopier dans la Coop, dans l&apos;ordre</source>
        <translation>ارقامی که به ترتیب در Coop نوشته می‌شوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau des accompagnements par semaine</source>
        <translation>جدول همراهی‌ها در هر هفته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en CSV…</source>
        <translation>صادر کردن به CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../aidant_app/ui/i18n.py" line="+35"/>
        <source>{text} (en français)</source>
        <translation>{text} (به فرانسوی)</translation>
    </message>
</context>
<context>
    <name>BusyArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+92"/>
        <source>Un instant, s&apos;il vous plaît…</source>
        <translation>لطفاً یک لحظه صبر کنید…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/choice.py" line="+70"/>
        <source>Votre réponse</source>
        <translation>جواب شما</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+16"/>
        <source>La page d&apos;accueil du service ameli pour créer un compte.</source>
        <translation>صفحه اصلی خدمت ameli برای ساختن حساب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un bouton pour créer un compte. Ses mots changent avec les années.</source>
        <translation>یک دکمه برای ساختن حساب پیدا کنید. کلمه‌های آن در طول سال‌ها تغییر می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre numéro de sécurité sociale : les 13 premiers chiffres, sans la clé (les 2 derniers).</source>
        <translation>نمبر تأمین اجتماعی شما: 13 رقم اول، بدون کلید (دو رقم آخر).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>یک خانه برای نمبر تأمین اجتماعی پیدا کنید. این نمبر روی کارت carte Vitale است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre date de naissance, sous la forme jj/mm/aaaa.</source>
        <translation>تاریخ تولد شما، به این شکل: jj/mm/aaaa (روز/ماه/سال).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour la date de naissance.</source>
        <translation>یک خانه برای تاریخ تولد پیدا کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas la date ici, passez à l&apos;étape suivante. Il la demandera peut-être plus tard.</source>
        <translation>اگر سایت اینجا تاریخ را نمی‌خواهد، به مرحله بعدی بروید. شاید بعداً آن را بخواهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code postal de votre domicile.</source>
        <translation>کود پستی خانه شما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le code postal.</source>
        <translation>یک خانه برای کود پستی پیدا کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site ne demande pas le code postal, passez à l&apos;étape suivante.</source>
        <translation>اگر سایت کود پستی را نمی‌خواهد، به مرحله بعدی بروید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une preuve de votre identité : souvent l&apos;IBAN du compte où vous recevez vos remboursements.</source>
        <translation>یک ثبوت هویت شما: اکثراً IBAN حسابی که بیمه پول تداوی شما را به آن پس می‌فرستد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;IBAN, ou une autre question pour vérifier que c&apos;est bien vous.</source>
        <translation>یک خانه برای IBAN پیدا کنید، یا یک سؤال دیگر که ثابت می‌کند این واقعاً شما هستید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le site demande autre chose, répondez avec vos papiers. Si vous n&apos;avez pas de RIB, appelez le 36 46 : on peut vous envoyer un code par SMS.</source>
        <translation>اگر سایت چیز دیگری می‌خواهد، با کمک اسناد خود جواب دهید. اگر RIB (ورق بانک شما) ندارید، به 36 46 زنگ بزنید: آن‌ها می‌توانند یک کود با SMS بفرستند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail, celle que vous venez de vérifier.</source>
        <translation>آدرس ایمیل شما، همان آدرسی که همین حالا چک کردید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour l&apos;adresse e-mail. Le site la demande parfois deux fois.</source>
        <translation>یک خانه برای آدرس ایمیل پیدا کنید. سایت گاهی آن را دو بار می‌خواهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe que vous choisissez pour le compte ameli.</source>
        <translation>رمزی که برای حساب ameli انتخاب می‌کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case pour le mot de passe. Le site le demande parfois deux fois.</source>
        <translation>یک خانه برای رمز پیدا کنید. سایت گاهی آن را دو بار می‌خواهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si les règles du site sont différentes de celles-ci, suivez les règles du site.</source>
        <translation>اگر قاعده‌های سایت با این‌ها فرق دارد، از قاعده‌های سایت پیروی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les conditions d&apos;utilisation du compte.</source>
        <translation>شرایط استفاده از حساب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez une case à cocher pour accepter les conditions. Lisez-les avant.</source>
        <translation>یک خانه برای نشانی کردن پیدا کنید تا شرایط را قبول کنید. اول آن‌ها را بخوانید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous ne voyez pas de case à cocher, continuez sur le site.</source>
        <translation>اگر خانه‌ای برای نشانی کردن نمی‌بینید، در سایت ادامه دهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous envoie un message avec un lien d&apos;activation.</source>
        <translation>سایت یک پیام با لینک فعال‌سازی برای شما می‌فرستد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherchez un message qui dit que le compte est presque prêt. Ensuite, ouvrez votre boîte e-mail.</source>
        <translation>پیامی را پیدا کنید که می‌گوید حساب تقریباً آماده است. بعد صندوق ایمیل خود را باز کنید.</translation>
    </message>
</context>
<context>
    <name>CompanionCheck</name>
    <message>
        <location filename="../../aidant_app/ui/sections/companion_check.py" line="+107"/>
        <source>C&apos;est juste. Écrivez-le maintenant sur le site ameli.</source>
        <translation>درست است. حالا آن را در سایت ameli بنویسید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adresse copiée. Collez-la sur le site ameli. L&apos;application l&apos;efface de la mémoire du copier-coller dans 30 secondes.</source>
        <translation>آدرس کاپی شد. آن را در سایت ameli بچسپانید. برنامه بعد از 30 ثانیه آن را از حافظه کاپی و چسپاندن پاک می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vérifiez ici d&apos;abord</source>
        <translation>اول اینجا چک کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien de ce que vous écrivez ici n&apos;est envoyé. Aidant vérifie seulement. Ensuite, vous l&apos;écrivez vous-même sur le site ameli.</source>
        <translation>هیچ چیزی که اینجا می‌نویسید فرستاده نمی‌شود. Aidant فقط چک می‌کند. بعد شما خودتان آن را در سایت ameli می‌نویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ici, écrivez les 15 chiffres, avec la clé : Aidant vérifie la clé.</source>
        <translation>اینجا هر 15 رقم را با کلید (دو رقم آخر) بنویسید: Aidant کلید را چک می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier l&apos;adresse</source>
        <translation>کاپی کردن آدرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier</source>
        <translation>چک کردن</translation>
    </message>
</context>
<context>
    <name>CompanionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/companion.py" line="+76"/>
        <source>Étape {n} sur {total} : ce que le site demande</source>
        <translation>مرحله {n} از {total}: آنچه سایت می‌خواهد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nous ne sommes pas sûrs de cette étape. Le site a pu changer.</source>
        <translation>ما از این مرحله مطمئن نیستیم. شاید سایت تغییر کرده باشد.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Créer votre compte sur le site ameli</source>
        <translation>حساب خود را در سایت ameli بسازید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Étape suivante</source>
        <translation>مرحله بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai fini sur le site ameli</source>
        <translation>کارم در سایت ameli تمام شد</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vous créez votre compte vous-même, sur le site officiel ameli. Aidant reste à côté et vous montre une étape à la fois.</source>
        <translation>شما خودتان حساب خود را در سایت رسمی ameli می‌سازید. Aidant در پهلوی آن می‌ماند و هر بار یک مرحله را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli</source>
        <translation>باز کردن سایت ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site sur un téléphone</source>
        <translation>باز کردن سایت در تیلفون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scannez ce code avec l&apos;appareil photo du téléphone. Le site ameli s&apos;ouvre sur le téléphone.</source>
        <translation>این کود را با کمره تیلفون اسکن کنید. سایت ameli در تیلفون باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR du site ameli</source>
        <translation>کود QR سایت ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;écran n&apos;est pas comme ça</source>
        <translation>صفحه این‌طور نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le site change parfois ses mots et l&apos;ordre des questions. Cherchez une question qui ressemble à celle-ci.</source>
        <translation>سایت گاهی کلمه‌ها و ترتیب سؤال‌های خود را تغییر می‌دهد. سؤالی را پیدا کنید که شبیه این سؤال است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous ne la trouvez pas ? Continuez sur le site. Puis appuyez sur « Étape suivante » ici.</source>
        <translation>آن را پیدا نمی‌کنید؟ در سایت ادامه دهید. بعد اینجا دکمه «مرحله بعدی» را بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si vous êtes bloqué, appelez l&apos;Assurance Maladie :</source>
        <translation>اگر گیر مانده‌اید، به Assurance Maladie زنگ بزنید:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Étape précédente</source>
        <translation>مرحله قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les étapes (mises à jour le {date})</source>
        <translation>همه مرحله‌ها (تازه‌شده در {date})</translation>
    </message>
</context>
<context>
    <name>ConnectionArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="+103"/>
        <source>Le serveur d&apos;entraînement s&apos;est arrêté. Vos réponses sont gardées. Appuyez sur « Réessayer » pour le relancer.</source>
        <translation>سرور تمرینی خاموش شد. جواب‌های شما نگه داشته شده است. برای روشن کردن دوباره آن، دکمه «دوباره کوشش کنید» را بزنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le serveur d&apos;entraînement n&apos;a pas pu démarrer. Appuyez sur « Réessayer ». Si cela recommence, fermez puis rouvrez l&apos;application.</source>
        <translation>سرور تمرینی روشن نشد. دکمه «دوباره کوشش کنید» را بزنید. اگر باز هم این‌طور شد، برنامه را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Démarrage du mode entraînement…</source>
        <translation>حالت تمرین روشن می‌شود…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connexion au service…</source>
        <translation>وصل شدن به خدمت…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réessayer</source>
        <translation>دوباره کوشش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer la connexion</source>
        <translation>دوباره کوشش برای وصل شدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>باز کردن تنظیمات</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../aidant_app/ui/contacts.py" line="+63"/>
        <source>{label} : {phone} ({details})</source>
        <translation>{label}: {phone} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} : {phone}</source>
        <translation>{label}: {phone}</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/details.py" line="+50"/>
        <source>▾ {summary}</source>
        <translation>▾ {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▸ {summary}</source>
        <translation>▸ {summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvert : appuyez pour masquer.</source>
        <translation>باز است: برای پنهان کردن بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermé : appuyez pour afficher.</source>
        <translation>بسته است: برای نشان دادن بزنید.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/done.py" line="+72"/>
        <source>Votre identifiant : les 13 premiers chiffres de votre numéro de sécurité sociale</source>
        <translation>شناسه شما: 13 رقم اول نمبر تأمین اجتماعی شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher tous les chiffres</source>
        <translation>نشان دادن همه رقم‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre adresse e-mail</source>
        <translation>آدرس ایمیل شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre mot de passe ameli</source>
        <translation>رمز ameli شما</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Bravo ! Voici ce qu&apos;il faut retenir. Enregistrez l&apos;aide-mémoire, la feuille à garder. Ensuite, imprimez-le.</source>
        <translation>آفرین! این چیزهایی است که باید به یاد داشته باشید. ورق یادداشت را ذخیره کنید، ورقی که نگه می‌دارید. بعد آن را چاپ کنید.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>C&apos;est terminé : votre compte est prêt</source>
        <translation>تمام شد: حساب شما آماده است</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vous avez créé votre compte vous-même, sur le site officiel ameli.</source>
        <translation>شما خودتان حساب خود را در سایت رسمی ameli ساختید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est celui que vous avez choisi sur le site ameli. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>این همان رمزی است که در سایت ameli انتخاب کردید. این رمز صندوق ایمیل شما نیست. برنامه آن را نگه نمی‌دارد. آن را با دست روی ورق یادداشت بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&apos;est celui que vous avez choisi pour le compte ameli, dans le formulaire. Ce n&apos;est pas celui de votre boîte e-mail. L&apos;application ne le montre pas et ne le garde pas. Écrivez-le à la main sur l&apos;aide-mémoire.</source>
        <translation>این همان رمزی است که در فورم برای حساب ameli انتخاب کردید. این رمز صندوق ایمیل شما نیست. برنامه آن را نشان نمی‌دهد و نگه نمی‌دارد. آن را با دست روی ورق یادداشت بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous connecter : allez sur ameli.fr. Choisissez « Compte ameli ». Puis écrivez votre identifiant et votre mot de passe.</source>
        <translation>برای ورود: به ameli.fr بروید. «Compte ameli» (حساب ameli) را انتخاب کنید. بعد شناسه و رمز خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire est un fichier PDF. Vous choisissez où l&apos;enregistrer. Il ne contient ni mot de passe ni code. Le numéro y est caché en partie, sauf si vous cochez la case ci-dessous.</source>
        <translation>ورق یادداشت یک فایل PDF است. شما انتخاب می‌کنید که آن را کجا ذخیره کنید. در آن هیچ رمز و هیچ کودی نیست. نمبر در آن قسمتی پنهان است، مگر اینکه خانه پایین را نشانی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mettre le numéro complet sur l&apos;aide-mémoire</source>
        <translation>نمبر کامل در ورق یادداشت نوشته شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer l&apos;aide-mémoire (PDF)</source>
        <translation>ذخیره کردن ورق یادداشت (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>نفر بعدی (همه چیز پاک شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminer (tout effacer)</source>
        <translation>ختم کردن (همه چیز پاک شود)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identifiant : {digits}</source>
        <translation>شناسه: {digits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identifiant caché, se terminant par {digits}</source>
        <translation>شناسه پنهان است، آخر آن {digits} است</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ ورق یادداشت ذخیره شد. می‌توانید آن را باز کنید و چاپ کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ برنامه نتوانست ورق یادداشت را در این جا ذخیره کند. یک فولدر دیگر انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>EmailAddressPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_address.py" line="+53"/>
        <source>Écrivez votre adresse e-mail</source>
        <translation>آدرس ایمیل خود را بنویسید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez votre adresse e-mail, lettre par lettre. Nous allons vérifier qu&apos;elle est bien écrite. Ensuite, nous vous envoyons un code. Ce code montre que vous pouvez ouvrir cette boîte.</source>
        <translation>آدرس ایمیل خود را حرف به حرف بنویسید. ما چک می‌کنیم که درست نوشته شده باشد. بعد یک کود برای شما می‌فرستیم. این کود نشان می‌دهد که شما می‌توانید این صندوق را باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>آدرس ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple : prenom.nom@exemple.fr (sans espace)</source>
        <translation>مثلاً: prenom.nom@exemple.fr (بدون فاصله)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à ouvrir cette boîte</source>
        <translation>نمی‌توانم این صندوق را باز کنم</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Répondez d&apos;abord à la question sur l&apos;adresse : la corriger, ou la garder telle quelle.</source>
        <translation>اول به سؤال درباره آدرس جواب دهید: آن را درست کنید، یا همان‌طور که است نگه دارید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez d&apos;abord votre adresse e-mail en entier.</source>
        <translation>اول آدرس ایمیل خود را کامل بنویسید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✔ L&apos;adresse semble bien écrite.</source>
        <translation>✔ به نظر می‌رسد آدرس درست نوشته شده است.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Il y a peut-être une faute de frappe. Vouliez-vous dire {address} ?</source>
        <translation>شاید یک غلطی در نوشتن باشد. آیا منظور شما {address} است؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oui, corriger en {address}</source>
        <translation>بلی، به {address} درست شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, garder mon adresse telle quelle</source>
        <translation>نخیر، آدرس من همان‌طور که است بماند</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Vérification de l&apos;adresse…</source>
        <translation>آدرس چک می‌شود…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cette adresse est une adresse jetable : elle disparaît vite. Il faut une adresse qui dure. Utilisez une autre adresse, ou créez-en une.</source>
        <translation>این آدرس یک آدرس یک‌بارمصرف است: زود از بین می‌رود. به آدرسی ضرورت است که دوام کند. یک آدرس دیگر استفاده کنید، یا یک آدرس بسازید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : vous allez ouvrir la boîte pour vérifier.</source>
        <translation>به نظر می‌رسد این آدرس نمی‌تواند پیام بگیرد. قسمت بعد از @ را چک کنید (مثلاً gmail.com). اگر درست است، ادامه دهید: شما صندوق را باز می‌کنید تا چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse semble ne pas pouvoir recevoir de messages. Vérifiez la partie après le @ (par exemple gmail.com). Si elle est juste, continuez : nous allons envoyer un code pour vérifier.</source>
        <translation>به نظر می‌رسد این آدرس نمی‌تواند پیام بگیرد. قسمت بعد از @ را چک کنید (مثلاً gmail.com). اگر درست است، ادامه دهید: ما یک کود می‌فرستیم تا چک کنیم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon adresse est juste, continuer</source>
        <translation>آدرس من درست است، ادامه</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Envoi du code à votre adresse…</source>
        <translation>کود به آدرس شما فرستاده می‌شود…</translation>
    </message>
</context>
<context>
    <name>EmailCodePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_code.py" line="+59"/>
        <source>Le code reçu par e-mail</source>
        <translation>کودی که با ایمیل رسید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recevoir un nouveau code (possible dans {n} s)</source>
        <translation>گرفتن کود جدید (بعد از {n} ثانیه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>گرفتن کود جدید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nous avons envoyé un code à : {address}</source>
        <translation>ما یک کود به این آدرس فرستادیم: {address}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Ouvrez votre boîte e-mail, puis le message d&apos;Aidant.
2. Écrivez ici les {n} chiffres du code.</source>
        <translation>1. صندوق ایمیل خود را باز کنید، بعد پیام Aidant را باز کنید.
2. {n} رقم کود را اینجا بنویسید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code marche pendant 1 minute.</source>
        <translation>این کود 1 دقیقه کار می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code marche pendant {m} minutes.</source>
        <translation>این کود {m} دقیقه کار می‌کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir la boîte d&apos;entraînement</source>
        <translation>باز کردن صندوق تمرینی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>باز کردن صندوق ایمیل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code à {n} chiffres</source>
        <translation>کود {n} رقمی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>نام آن «Spam» یا «Courrier indésirable» است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas de message ? Attendez 2 ou 3 minutes. Regardez aussi dans le dossier des messages indésirables : {folder}</source>
        <translation>پیامی نیامده؟ 2 یا 3 دقیقه صبر کنید. در فولدر پیام‌های ناخواسته هم ببینید: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne peux pas ouvrir cette boîte</source>
        <translation>نمی‌توانم این صندوق را باز کنم</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord les {n} chiffres du code.</source>
        <translation>اول {n} رقم کود را بنویسید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vérification du code…</source>
        <translation>کود چک می‌شود…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Demandez un nouveau code avec le bouton ci-dessous.</source>
        <translation>با این کود بسیار زیاد کوشش شد. برای امنیت، این کود دیگر کار نمی‌کند. با دکمه پایین یک کود جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} secondes.</source>
        <translation>با این کود بسیار زیاد کوشش شد. برای امنیت، این کود دیگر کار نمی‌کند. بعد از {n} ثانیه می‌توانید یک کود جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop d&apos;essais avec ce code. Par sécurité, il ne marche plus. Vous pourrez demander un nouveau code dans {n} minutes.</source>
        <translation>با این کود بسیار زیاد کوشش شد. برای امنیت، این کود دیگر کار نمی‌کند. بعد از {n} دقیقه می‌توانید یک کود جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Envoi d&apos;un nouveau code…</source>
        <translation>یک کود جدید فرستاده می‌شود…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un nouveau code est parti. Prenez le message le plus récent : l&apos;ancien code ne marche plus.</source>
        <translation>یک کود جدید فرستاده شد. تازه‌ترین پیام را استفاده کنید: کود قبلی دیگر کار نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>EmailQuestionPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_question.py" line="+19"/>
        <source>Avez-vous une adresse e-mail ?</source>
        <translation>آیا آدرس ایمیل دارید؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oui, j&apos;ai une adresse et je peux l&apos;ouvrir</source>
        <translation>بلی، آدرس دارم و می‌توانم آن را باز کنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non, je n&apos;ai pas d&apos;adresse</source>
        <translation>نخیر، آدرس ندارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne sais pas</source>
        <translation>نمی‌دانم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avez-vous une adresse e-mail personnelle que vous pouvez ouvrir aujourd&apos;hui ?</source>
        <translation>آیا یک آدرس ایمیل شخصی دارید که امروز بتوانید آن را باز کنید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli a besoin d&apos;une adresse e-mail qui n&apos;est qu&apos;à vous. Vous recevrez un message dessus, et il faudra l&apos;ouvrir aujourd&apos;hui.</source>
        <translation>حساب ameli به آدرس ایمیلی ضرورت دارد که فقط از خود شما باشد. شما در آن یک پیام می‌گیرید، و باید آن را امروز باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une adresse e-mail ressemble à ceci : prenom.nom@exemple.fr. Si vous ne savez pas, ce n&apos;est pas grave : nous allons en créer une ensemble, gratuitement. Appuyez sur « Continuer ».</source>
        <translation>آدرس ایمیل این‌طور است: prenom.nom@exemple.fr. اگر نمی‌دانید، مشکلی نیست: ما با هم یک آدرس مفت می‌سازیم. دکمه «ادامه» را بزنید.</translation>
    </message>
</context>
<context>
    <name>EmailSeenPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/email_seen.py" line="+24"/>
        <source>Ouvrez votre boîte e-mail</source>
        <translation>صندوق ایمیل خود را باز کنید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Je vois un message de bienvenue</source>
        <translation>یک پیام خوش‌آمد می‌بینم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je vois la liste des dossiers (Boîte de réception…)</source>
        <translation>لست فولدرها را می‌بینم (Boîte de réception یعنی صندوق پیام‌های آمده…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;arrive pas à l&apos;ouvrir</source>
        <translation>نمی‌توانم آن را باز کنم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrez maintenant la boîte de {address}. Que voyez-vous ?</source>
        <translation>حالا صندوق {address} را باز کنید. چه می‌بینید؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrez-la sur cet ordinateur ou sur votre téléphone. Il faut le mot de passe de la boîte e-mail.</source>
        <translation>آن را در این کمپیوتر یا در تیلفون خود باز کنید. به رمز صندوق ایمیل ضرورت است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aidant ne peut pas vérifier votre boîte e-mail. La vraie preuve viendra à la fin : le message d&apos;ameli arrivera dans cette boîte.</source>
        <translation>برنامه Aidant نمی‌تواند صندوق ایمیل شما را چک کند. ثبوت اصلی در آخر می‌آید: پیام ameli در این صندوق می‌رسد.</translation>
    </message>
</context>
<context>
    <name>ErrorArea</name>
    <message>
        <location filename="../../aidant_app/ui/statusareas.py" line="-152"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur</source>
        <translation>خطا</translation>
    </message>
</context>
<context>
    <name>HelpCases</name>
    <message>
        <location filename="../../aidant_app/ui/help_cases.py" line="+46"/>
        <source>Appelez le {phone} ({details}).</source>
        <translation>به {phone} زنگ بزنید ({details}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appelez le 36 46.</source>
        <translation>به 36 46 زنگ بزنید.</translation>
    </message>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="-36"/>
        <source>J&apos;ai oublié l&apos;adresse e-mail donnée à l&apos;Assurance Maladie</source>
        <translation>آدرس ایمیلی را که به Assurance Maladie داده بودم فراموش کرده‌ام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon adresse est déjà utilisée pour un autre compte ameli</source>
        <translation>آدرس من از قبل برای یک حساب ameli دیگر استفاده شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas possible : chaque compte ameli a sa propre adresse e-mail, personnelle. Un couple ne peut pas partager une adresse. Créez une adresse pour cette personne (voir plus bas).</source>
        <translation>این ممکن نیست: هر حساب ameli آدرس ایمیل شخصی خودش را دارد. زن و شوهر نمی‌توانند یک آدرس را با هم استفاده کنند. برای این نفر یک آدرس بسازید (پایین‌تر را ببینید).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je n&apos;ai pas d&apos;adresse e-mail</source>
        <translation>آدرس ایمیل ندارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce n&apos;est pas grave. L&apos;application vous aide à en créer une, gratuite, ici même. Il faut qu&apos;elle marche avant de créer le compte ameli.</source>
        <translation>مشکلی نیست. برنامه به شما کمک می‌کند که همین‌جا یک آدرس مفت بسازید. این آدرس باید پیش از ساختن حساب ameli کار کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je ne trouve pas le message</source>
        <translation>پیام را پیدا نمی‌کنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes. Regardez dans le dossier « Spam » ou « Courrier indésirable » de votre boîte e-mail. Vérifiez l&apos;adresse écrite. À l&apos;étape Activation, le bouton « Renvoyer le message » en envoie un nouveau.</source>
        <translation>2 یا 3 دقیقه صبر کنید. در فولدر «Spam» یا «Courrier indésirable» (پیام‌های ناخواسته) صندوق ایمیل خود ببینید. آدرس نوشته‌شده را چک کنید. در مرحله «فعال کردن»، دکمه «دوباره فرستادن پیام» یک پیام جدید می‌فرستد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique répond au {solidarite}, du lundi au vendredi, de 9 h à 18 h. Vous pouvez aussi voir un « conseiller numérique » près de chez vous. Vous en trouvez par exemple dans une maison France Services.</source>
        <translation>خدمت Solidarité Numérique از دوشنبه تا جمعه، از ساعت 9 تا 18، به {solidarite} جواب می‌دهد. همچنین می‌توانید نزدیک خانه خود یک «conseiller numérique» (مشاور دیجیتال) را ببینید. مثلاً در یک دفتر France Services او را پیدا می‌کنید.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Le lien du message ne marche plus</source>
        <translation>لینک پیام دیگر کار نمی‌کند</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{phone_line}
Depuis l&apos;étranger : {abroad}. Vérifiez ce numéro sur ameli.fr.
Ayez votre carte Vitale ou votre RIB (la feuille de votre banque) près de vous. On vous pose des questions pour vérifier que c&apos;est bien vous.</source>
        <translation>{phone_line}
از خارج از فرانسه: {abroad}. این شماره را در ameli.fr چک کنید.
کارت carte Vitale یا RIB خود (ورق بانک شما) را نزدیک خود داشته باشید. از شما سؤال‌هایی می‌پرسند تا ثابت شود که این واقعاً شما هستید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un lien sert une seule fois et pendant un temps limité. À l&apos;étape Activation, demandez un nouveau message. Utilisez toujours le message le plus récent : les anciens liens ne marchent plus.</source>
        <translation>یک لینک فقط یک بار و برای یک وقت محدود کار می‌کند. در مرحله «فعال کردن»، یک پیام جدید بخواهید. همیشه تازه‌ترین پیام را استفاده کنید: لینک‌های قبلی دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je voudrais de l&apos;aide près de chez moi</source>
        <translation>می‌خواهم نزدیک خانه خود کمک بگیرم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;arrive pas à joindre le service</source>
        <translation>برنامه نمی‌تواند به خدمت وصل شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que l&apos;ordinateur est connecté à internet (Wi-Fi ou câble). Puis appuyez sur « Réessayer ». Ce que vous avez écrit est gardé. Si cela continue, demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>چک کنید که کمپیوتر به انترنت وصل است (Wi-Fi یا کیبل). بعد دکمه «دوباره کوشش کنید» را بزنید. آنچه نوشته‌اید نگه داشته می‌شود. اگر مشکل ادامه پیدا کرد، از نفری که مسئول کمپیوترها است بپرسید.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../aidant_app/ui/help_dialog.py" line="+104"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application, sur la première page.</source>
        <translation>اول در صفحه اول انتخاب کنید که چه کسی از برنامه استفاده می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectez-vous d&apos;abord et cochez l&apos;accord de la personne, sur la première page.</source>
        <translation>اول در صفحه اول وارد شوید و موافقت آن نفر را نشانی کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aidant – j&apos;ai un problème</source>
        <translation>Aidant – مشکل دارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les réponses de l&apos;aide</source>
        <translation>جواب‌های کمک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez ce qui vous arrive. Chaque réponse dit quoi faire. Ce que vous avez écrit reste dans l&apos;application.</source>
        <translation>چیزی را که برای شما پیش آمده انتخاب کنید. هر جواب می‌گوید که چه کنید. آنچه نوشته‌اید در برنامه می‌ماند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Créer une adresse e-mail maintenant</source>
        <translation>ساختن آدرس ایمیل همین حالا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fermer l&apos;aide</source>
        <translation>بستن کمک</translation>
    </message>
</context>
<context>
    <name>HelperSignIn</name>
    <message>
        <location filename="../../aidant_app/ui/helper_signin.py" line="+168"/>
        <source>Connexion de l&apos;aidant…</source>
        <translation>ورود کمک‌کننده…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Déconnexion…</source>
        <translation>خارج شدن…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le Gestionnaire d&apos;identification de Windows. Elle reste sur cet ordinateur. Aucune fenêtre ne s&apos;ouvre.</source>
        <translation>برای اینکه ورود شما نگه داشته شود، برنامه آن را در «Gestionnaire d&apos;identification» ویندوز (جای نگهداری رمزها) می‌گذارد. در همین کمپیوتر می‌ماند. هیچ پنجره‌ای باز نمی‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de votre Mac. Le trousseau est l&apos;endroit où le Mac garde les mots de passe. Le Mac peut demander l&apos;accès au trousseau. Tapez alors le mot de passe de votre session Mac. Puis cliquez sur « Toujours autoriser ».</source>
        <translation>برای اینکه ورود شما نگه داشته شود، برنامه آن را در «trousseau» (کلیددان) مک شما می‌گذارد. کلیددان جایی است که مک رمزها را نگه می‌دارد. شاید مک اجازه دسترسی به کلیددان را بخواهد. آن وقت رمز حساب مک خود را بنویسید. بعد روی «Toujours autoriser» (همیشه اجازه بده) کلیک کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour garder votre connexion, l&apos;application la range dans le trousseau de l&apos;ordinateur. Le trousseau est l&apos;endroit où l&apos;ordinateur garde les mots de passe. Une fenêtre de l&apos;ordinateur peut s&apos;ouvrir, parfois en anglais (« Choose password for new keyring »). C&apos;est le trousseau : choisissez un mot de passe pour lui. Ou bien, appuyez sur « Cancel » pour ne pas garder la connexion.</source>
        <translation>برای اینکه ورود شما نگه داشته شود، برنامه آن را در کلیددان کمپیوتر می‌گذارد. کلیددان جایی است که کمپیوتر رمزها را نگه می‌دارد. شاید یک پنجره کمپیوتر باز شود، گاهی به انگلیسی («Choose password for new keyring»). این کلیددان است: یک رمز برای آن انتخاب کنید. یا «Cancel» را بزنید تا ورود نگه داشته نشود.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>✔ Connexion réussie : {name}. L&apos;ordinateur garde la connexion dans son trousseau.</source>
        <translation>✔ ورود موفق بود: {name}. کمپیوتر ورود را در کلیددان خود نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Connexion réussie : {name}. L&apos;application oubliera la connexion quand vous la fermerez.</source>
        <translation>✔ ورود موفق بود: {name}. وقتی برنامه را ببندید، برنامه ورود را فراموش می‌کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connexion de l&apos;aidant (vous, pas la personne)</source>
        <translation>ورود کمک‌کننده (شما، نه آن نفر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour vous entraîner, l&apos;identifiant est « {login} ». Le mot de passe est « {password} ».</source>
        <translation>برای تمرین، شناسه «{login}» است. رمز «{password}» است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant de l&apos;aidant</source>
        <translation>شناسه کمک‌کننده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de l&apos;aidant</source>
        <translation>رمز کمک‌کننده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cacher</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher</source>
        <translation>نشان دادن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cacher le mot de passe</source>
        <translation>پنهان کردن رمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afficher le mot de passe</source>
        <translation>نشان دادن رمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder la connexion sur cet ordinateur</source>
        <translation>ورود در این کمپیوتر نگه داشته شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Se connecter</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Se déconnecter</source>
        <translation>خارج شدن</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../aidant_app/ui/idle.py" line="+84"/>
        <source>Aidant – êtes-vous encore là ?</source>
        <translation>Aidant – آیا هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Le compte ameli est créé. Vous n&apos;avez pas enregistré l&apos;aide-mémoire. Si l&apos;application efface tout, il faudra ce code de reprise pour revenir : {code}. Notez-le, ou appuyez sur le bouton pour continuer.</source>
        <translation>مدتی است که هیچ کس به کمپیوتر دست نزده است. حساب ameli ساخته شده است. شما ورق یادداشت را ذخیره نکرده‌اید. اگر برنامه همه چیز را پاک کند، برای برگشتن به این کود ادامه ضرورت دارید: {code}. آن را یادداشت کنید، یا برای ادامه دکمه را بزنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne n&apos;a touché l&apos;ordinateur depuis un moment. Pour protéger la personne, l&apos;application va effacer tout ce que vous avez écrit. Appuyez sur le bouton pour continuer.</source>
        <translation>مدتی است که هیچ کس به کمپیوتر دست نزده است. برای حفاظت از آن نفر، برنامه هر چیزی را که نوشته‌اید پاک می‌کند. برای ادامه دکمه را بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans 1 seconde</source>
        <translation>پاک شدن بعد از 1 ثانیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement dans {n} secondes</source>
        <translation>پاک شدن بعد از {n} ثانیه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Je suis encore là</source>
        <translation>هنوز اینجا هستم</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location line="+100"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Un compte ameli attendait le clic sur le lien. Pour le retrouver, appuyez sur « J&apos;ai un code de reprise ». Ensuite, écrivez le code de reprise.</source>
        <translation>برنامه همه چیز را پاک کرد. مدت زیادی کسی از کمپیوتر استفاده نکرده بود. یک حساب ameli منتظر کلیک روی لینک بود. برای پیدا کردن آن، دکمه «کود ادامه دارم» را بزنید. بعد کود ادامه را بنویسید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;application a tout effacé. Personne n&apos;avait utilisé l&apos;ordinateur depuis longtemps. Cela protège la personne accompagnée. Vous pouvez recommencer.</source>
        <translation>برنامه همه چیز را پاک کرد. مدت زیادی کسی از کمپیوتر استفاده نکرده بود. این کار از نفری که کمک می‌گیرد حفاظت می‌کند. می‌توانید از سر شروع کنید.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../aidant_app/ui/inbox_dialog.py" line="+144"/>
        <source>Boîte e-mail d&apos;entraînement</source>
        <translation>صندوق ایمیل تمرینی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici votre boîte e-mail d&apos;entraînement : {address}. Pour l&apos;ouvrir, écrivez le mot de passe que vous avez choisi. C&apos;est comme sur le vrai site de votre boîte e-mail.</source>
        <translation>این صندوق ایمیل تمرینی شما است: {address}. برای باز کردن آن، رمزی را که انتخاب کردید بنویسید. مثل سایت اصلی صندوق ایمیل شما است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voici les messages reçus par {address}. En vrai, vous les lirez sur le site de votre boîte e-mail.</source>
        <translation>این پیام‌هایی است که به {address} رسیده است. در حالت اصلی، آن‌ها را در سایت صندوق ایمیل خود می‌خوانید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>رمز صندوق ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la boîte</source>
        <translation>باز کردن صندوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le lien du message</source>
        <translation>باز کردن لینک پیام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier le lien</source>
        <translation>کاپی کردن لینک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir les nouveaux messages</source>
        <translation>دیدن پیام‌های جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages reçus, le plus récent en premier</source>
        <translation>پیام‌های رسیده، تازه‌ترین اول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte du message</source>
        <translation>متن پیام</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Écrivez d&apos;abord le mot de passe.</source>
        <translation>اول رمز را بنویسید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouverture de la boîte…</source>
        <translation>صندوق باز می‌شود…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{subject}
{sender} — {time}</source>
        <translation>{subject}
{sender} — {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject}, {time}</source>
        <translation>{subject}، {time}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 message.</source>
        <translation>1 پیام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} messages. Le plus récent est en haut.</source>
        <translation>{count} پیام. تازه‌ترین در بالا است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun message pour l&apos;instant. Attendez un peu, puis appuyez sur « Voir les nouveaux messages ».</source>
        <translation>هنوز هیچ پیامی نیست. کمی صبر کنید، بعد دکمه «دیدن پیام‌های جدید» را بزنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Ce mot de passe n&apos;est pas le bon. Regardez la feuille où vous l&apos;avez écrit. Vérifiez les majuscules, puis réessayez.</source>
        <translation>⚠ این رمز درست نیست. به ورقی که رمز را روی آن نوشتید نگاه کنید. حرف‌های بزرگ را چک کنید، بعد دوباره کوشش کنید.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/base.py" line="+199"/>
        <source>Arrêter</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêter la lecture</source>
        <translation>توقف خواندن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas de voix en {language}. Écouter en français</source>
        <translation>صدا به {language} نیست. شنیدن به فرانسوی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écouter : pas de voix sur cet ordinateur</source>
        <translation>شنیدن: در این کمپیوتر صدا نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écouter</source>
        <translation>شنیدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écouter la page</source>
        <translation>شنیدن صفحه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Répéter</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répéter la phrase</source>
        <translation>تکرار جمله</translation>
    </message>
</context>
<context>
    <name>MailboxChoicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_choice.py" line="+55"/>
        <source>Créer une boîte e-mail gratuite</source>
        <translation>ساختن صندوق ایمیل مفت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pas de souci : une boîte e-mail se crée gratuitement, en quelques minutes. Choisissez où la créer.</source>
        <translation>مشکلی نیست: یک صندوق ایمیل در چند دقیقه و مفت ساخته می‌شود. انتخاب کنید که آن را کجا بسازید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le plus simple</source>
        <translation>از همه ساده‌تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} : votre adresse finira par @{domain}. Elle se crée ici même, sans quitter cette fenêtre.</source>
        <translation>{name}: آدرس شما با @{domain} ختم می‌شود. همین‌جا ساخته می‌شود، بدون اینکه از این پنجره بیرون شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une boîte ici, tout de suite</source>
        <translation>ساختن صندوق همین‌جا، همین حالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou bien, chez un fournisseur gratuit</source>
        <translation>یا، در یک سایت ایمیل مفت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un fournisseur gratuit</source>
        <translation>یک سایت ایمیل مفت را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer une adresse {name}</source>
        <translation>ساختن آدرس {name}</translation>
    </message>
</context>
<context>
    <name>MailboxLifePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_life.py" line="+65"/>
        <source>Gardez votre boîte e-mail pour toujours</source>
        <translation>صندوق ایمیل خود را برای همیشه نگه دارید</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ameli vous envoie parfois un code à cette adresse. C&apos;est quand vous vous connectez sur un nouvel appareil. Et le service e-mail peut fermer une boîte que personne n&apos;ouvre. Alors, ouvrez votre boîte de temps en temps.</source>
        <translation>سایت ameli گاهی یک کود به این آدرس برای شما می‌فرستد. این وقتی است که از یک دستگاه جدید وارد می‌شوید. و خدمت ایمیل می‌تواند صندوقی را که هیچ کس باز نکند ببندد. پس صندوق خود را گاه‌گاه باز کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre adresse : {address}</source>
        <translation>آدرس شما: {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez ce qui est fait</source>
        <translation>کارهایی را که انجام شده نشانی کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai mis ma boîte e-mail sur mon téléphone</source>
        <translation>صندوق ایمیل خود را در تیلفون خود گذاشتم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application de votre boîte e-mail. Ou ouvrez sa page sur internet.</source>
        <translation>در تیلفون خود، برنامه صندوق ایمیل خود را نصب کنید. یا صفحه آن را در انترنت باز کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir ma boîte e-mail</source>
        <translation>باز کردن صندوق ایمیل من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de votre boîte e-mail en ligne</source>
        <translation>کود QR صندوق ایمیل آنلاین شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ou scannez ce code avec l&apos;appareil photo de votre téléphone.</source>
        <translation>یا این کود را با کمره تیلفون خود اسکن کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai ajouté un numéro de téléphone ou une autre adresse de secours</source>
        <translation>یک نمبر تیلفون یا یک آدرس دیگر برای روز ضرورت اضافه کردم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre boîte e-mail, ajoutez votre numéro de téléphone. Il sert si vous oubliez le mot de passe.</source>
        <translation>در تنظیمات صندوق ایمیل خود، نمبر تیلفون خود را اضافه کنید. اگر رمز را فراموش کنید به درد می‌خورد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;écris le mot de passe de ma boîte e-mail sur l&apos;aide-mémoire</source>
        <translation>رمز صندوق ایمیل خود را روی ورق یادداشت می‌نویسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;aide-mémoire a une ligne pour lui. Ce n&apos;est pas le mot de passe ameli.</source>
        <translation>ورق یادداشت یک خط برای آن دارد. این رمز ameli نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je me connecte à ma boîte avant le {date}</source>
        <translation>پیش از {date} به صندوق خود وارد می‌شوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rule} Connectez-vous avant cette date, puis souvent.</source>
        <translation>{rule} پیش از این تاریخ وارد شوید، بعد هم زیاد وارد شوید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>J&apos;ouvre ma boîte e-mail souvent, par exemple chaque mois</source>
        <translation>صندوق ایمیل خود را زیاد باز می‌کنم، مثلاً هر ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nous ne connaissons pas la règle de votre fournisseur. Ouvrez votre boîte souvent : elle reste ainsi active.</source>
        <translation>ما قاعده شرکت ایمیل شما را نمی‌دانیم. صندوق خود را زیاد باز کنید: این‌طور فعال می‌ماند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette règle n&apos;est pas sûre : elle vient d&apos;anciennes conditions. Connectez-vous plus souvent pour être tranquille.</source>
        <translation>این قاعده مطمئن نیست: از شرایط قدیمی آمده است. برای آرامش خاطر، بیشتر وارد شوید.</translation>
    </message>
</context>
<context>
    <name>MailboxProviderPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_provider.py" line="+67"/>
        <source>Créer une boîte e-mail</source>
        <translation>ساختن صندوق ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une adresse {name}</source>
        <translation>ساختن آدرس {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention</source>
        <translation>متوجه باشید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les étapes</source>
        <translation>مرحله‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la page d&apos;inscription</source>
        <translation>باز کردن صفحه ثبت نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre mot de passe</source>
        <translation>رمز شما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>مشوره برای انتخاب رمز</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ce que le site peut vous demander</source>
        <translation>چیزهایی که سایت شاید از شما بخواهد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ou bien, scannez ce code avec l&apos;appareil photo de votre téléphone. Vous ferez l&apos;inscription sur le téléphone.</source>
        <translation>یا این کود را با کمره تیلفون خود اسکن کنید. ثبت نام را در تیلفون انجام می‌دهید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>رمز خود را روی ورقی نوشتم که نگه می‌دارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai pu ouvrir ma nouvelle boîte e-mail</source>
        <translation>توانستم صندوق ایمیل جدید خود را باز کنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code QR de la page d&apos;inscription</source>
        <translation>کود QR صفحه ثبت نام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>J&apos;ai créé ma boîte : écrire l&apos;adresse</source>
        <translation>صندوق خود را ساختم: نوشتن آدرس</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cochez d&apos;abord les 2 cases, quand c&apos;est fait.</source>
        <translation>وقتی کار انجام شد، اول هر 2 خانه را نشانی کنید.</translation>
    </message>
</context>
<context>
    <name>MailboxServicePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/mailbox_service.py" line="+99"/>
        <location line="+63"/>
        <source>Question {n} sur {total}</source>
        <translation>سؤال {n} از {total}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Créer votre boîte e-mail</source>
        <translation>صندوق ایمیل خود را بسازید</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} : votre boîte se crée ici. Écrivez votre prénom et votre nom, puis choisissez un mot de passe.</source>
        <translation>{name}: صندوق شما همین‌جا ساخته می‌شود. نام و تخلص خود را بنویسید، بعد یک رمز انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>تخلص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse souhaitée (facultatif)</source>
        <translation>آدرسی که می‌خواهید (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laissez vide : nous proposerons prénom.nom</source>
        <translation>خالی بگذارید: ما prenom.nom را پیشنهاد می‌کنیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cette adresse est déjà prise. Vous pouvez choisir une de celles-ci :</source>
        <translation>این آدرس از قبل گرفته شده است. می‌توانید یکی از این‌ها را انتخاب کنید:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conseils pour choisir le mot de passe</source>
        <translation>مشوره برای انتخاب رمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de la boîte e-mail</source>
        <translation>رمز صندوق ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai écrit mon mot de passe sur une feuille que je garde</source>
        <translation>رمز خود را روی ورقی نوشتم که نگه می‌دارم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Créer ma boîte</source>
        <translation>ساختن صندوق من</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez d&apos;abord le prénom et le nom.</source>
        <translation>اول نام و تخلص را بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord un mot de passe qui respecte toutes les règles.</source>
        <translation>اول رمزی انتخاب کنید که همه قاعده‌ها را رعایت کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez d&apos;abord la case : j&apos;ai écrit mon mot de passe.</source>
        <translation>اول این خانه را نشانی کنید: رمز خود را نوشتم.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Création de votre boîte e-mail…</source>
        <translation>صندوق ایمیل شما ساخته می‌شود…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aidant_app/ui/window.py" line="+278"/>
        <source>Continuer</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour continuer, répondez d&apos;abord aux questions de cette page.</source>
        <translation>برای ادامه، اول به سؤال‌های این صفحه جواب دهید.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{title} – {step}</source>
        <translation>{title} – {step}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Aidant – adresse e-mail et compte ameli</source>
        <translation>Aidant – آدرس ایمیل و حساب ameli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement : personnes fictives, aucun vrai compte n&apos;est créé</source>
        <translation>حالت تمرین: آدم‌های خیالی، هیچ حساب اصلی ساخته نمی‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Retour</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème</source>
        <translation>مشکل دارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai un problème : aide</source>
        <translation>مشکل دارم: کمک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante</source>
        <translation>نفر بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne suivante : tout effacer</source>
        <translation>نفر بعدی: همه چیز پاک شود</translation>
    </message>
</context>
<context>
    <name>Memo</name>
    <message>
        <location filename="../../aidant_app/ui/memo.py" line="+37"/>
        <source>Aide-mémoire : mon compte ameli</source>
        <translation>ورق یادداشت: حساب ameli من</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai créé mon compte moi-même, sur le site officiel ameli, avec l&apos;aide d&apos;Aidant.</source>
        <translation>من حساب خود را خودم در سایت رسمی ameli ساختم، با کمک Aidant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon identifiant ameli</source>
        <translation>شناسه ameli من</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les chiffres cachés (•) sont sur ma carte Vitale.</source>
        <translation>رقم‌های پنهان (•) روی کارت carte Vitale من هستند.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mon adresse e-mail</source>
        <translation>آدرس ایمیل من</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ouvre ma boîte e-mail sur : {url}</source>
        <translation>صندوق ایمیل خود را اینجا باز می‌کنم: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon mot de passe ameli (à écrire à la main)</source>
        <translation>رمز ameli من (با دست نوشته شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe de ma boîte e-mail (à écrire à la main)</source>
        <translation>رمز صندوق ایمیل من (با دست نوشته شود)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que je fais ensuite</source>
        <translation>کاری که بعد از این می‌کنم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon compte n&apos;est pas encore activé. J&apos;ouvre le message reçu dans ma boîte e-mail et je clique sur le lien. Sur la page qui s&apos;ouvre, j&apos;appuie sur « Confirmer mon adresse ».</source>
        <translation>حساب من هنوز فعال نشده است. پیامی را که در صندوق ایمیلم رسیده باز می‌کنم و روی لینک کلیک می‌کنم. در صفحه‌ای که باز می‌شود، دکمه «Confirmer mon adresse» (تأیید آدرس من) را می‌زنم.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Dossier copié sur Internet</source>
        <translation>فولدری که در انترنت کاپی می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce dossier est copié sur Internet par {service}. L&apos;aide-mémoire sera aussi sur ce compte {service}.</source>
        <translation>این فولدر توسط {service} در انترنت کاپی می‌شود. ورق یادداشت هم در این حساب {service} خواهد بود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer ici</source>
        <translation>ذخیره کردن در همین‌جا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir un autre dossier</source>
        <translation>انتخاب یک فولدر دیگر</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Je garde cette feuille chez moi, en lieu sûr, jamais avec ma carte Vitale.</source>
        <translation>این ورق را در خانه، در یک جای امن نگه می‌دارم، هیچ وقت همراه کارت carte Vitale خود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;Assurance Maladie ne me demandera jamais mon mot de passe par e-mail ni par téléphone.</source>
        <translation>اداره Assurance Maladie هیچ وقت رمز مرا با ایمیل یا تیلفون نمی‌پرسد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+29"/>
        <source>Pour avoir de l&apos;aide</source>
        <translation>برای گرفتن کمک</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solidarité Numérique, aide par téléphone pour les démarches en ligne : {phone}, du lundi au vendredi, de 9 h à 18 h.</source>
        <translation>خدمت Solidarité Numérique، کمک تیلفونی برای کارهای آنلاین: {phone}، از دوشنبه تا جمعه، از ساعت 9 تا 18.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Je me connecte à ma boîte e-mail avant le {date}, puis souvent. {rule}</source>
        <translation>پیش از {date} به صندوق ایمیل خود وارد می‌شوم، بعد هم زیاد وارد می‌شوم. {rule}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Aide-mémoire</source>
        <translation>ورق یادداشت</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+16"/>
        <source>Enregistrer l&apos;aide-mémoire</source>
        <translation>ذخیره کردن ورق یادداشت</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>aide-memoire-ameli.pdf</source>
        <translation>aide-memoire-ameli.pdf</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Entraînement : personne fictive. Ce n&apos;est pas un vrai compte.</source>
        <translation>تمرین: آدم خیالی. این یک حساب اصلی نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&apos;est ce que j&apos;écris pour me connecter. Ce sont les 13 premiers chiffres de mon numéro de sécurité sociale. Il est sur ma carte Vitale.</source>
        <translation>این چیزی است که برای ورود می‌نویسم. این 13 رقم اول نمبر تأمین اجتماعی من است. روی کارت carte Vitale من است.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pour reprendre dans l&apos;application Aidant, j&apos;écris ma date de naissance et ce code de reprise :</source>
        <translation>برای ادامه کار در برنامه Aidant، تاریخ تولد خود و این کود ادامه را می‌نویسم:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour me connecter : je vais sur ameli.fr. Je choisis « Compte ameli ». Puis j&apos;écris mon identifiant et mon mot de passe.</source>
        <translation>برای ورود: به ameli.fr می‌روم. «Compte ameli» (حساب ameli) را انتخاب می‌کنم. بعد شناسه و رمز خود را می‌نویسم.</translation>
    </message>
    <message>
        <location line="+106"/>
        <location filename="../../aidant_app/ui/memo_steps.py" line="+1"/>
        <source>Document PDF (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aidant_app/ui/memo_steps.py" line="-27"/>
        <source>Aide-mémoire : ce que je fais ensuite</source>
        <translation>ورق یادداشت: کاری که بعد از این می‌کنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait le {date}.</source>
        <translation>ساخته شده در {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les étapes</source>
        <translation>مرحله‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le site : {url}</source>
        <translation>سایت: {url}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>aide-memoire-etapes.pdf</source>
        <translation>aide-memoire-etapes.pdf</translation>
    </message>
</context>
<context>
    <name>MemoSteps</name>
    <message>
        <location line="+15"/>
        <source>✔ Aide-mémoire enregistré. Vous pouvez l&apos;ouvrir pour l&apos;imprimer.</source>
        <translation>✔ ورق یادداشت ذخیره شد. می‌توانید آن را باز کنید و چاپ کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ L&apos;application n&apos;a pas pu enregistrer l&apos;aide-mémoire à cet endroit. Choisissez un autre dossier.</source>
        <translation>⚠ برنامه نتوانست ورق یادداشت را در این جا ذخیره کند. یک فولدر دیگر انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>NextPerson</name>
    <message>
        <location filename="../../aidant_app/ui/next_person.py" line="+47"/>
        <source>Aidant – fermer</source>
        <translation>Aidant – بستن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aidant – personne suivante</source>
        <translation>Aidant – نفر بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous n&apos;avez pas enregistré l&apos;aide-mémoire.</source>
        <translation>شما ورق یادداشت را ذخیره نکرده‌اید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous fermez Aidant maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, fermez quand même.</source>
        <translation>کود ادامه و مرحله‌های بعدی در آن است. اگر حالا Aidant را ببندید، آن‌ها را از دست می‌دهید. اول ورق یادداشت را ذخیره کنید. یا باز هم ببندید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il garde le code de reprise et les étapes suivantes. Si vous effacez maintenant, vous les perdez. Enregistrez d&apos;abord l&apos;aide-mémoire. Ou bien, effacez quand même.</source>
        <translation>کود ادامه و مرحله‌های بعدی در آن است. اگر حالا پاک کنید، آن‌ها را از دست می‌دهید. اول ورق یادداشت را ذخیره کنید. یا باز هم پاک کنید.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fermer quand même</source>
        <translation>باز هم بسته شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tout effacer quand même</source>
        <translation>باز هم همه چیز پاک شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenir pour enregistrer</source>
        <translation>برگشتن برای ذخیره کردن</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../aidant_app/ui/next_steps.py" line="+53"/>
        <source>Vous n&apos;avez pas encore votre vrai numéro</source>
        <translation>شما هنوز نمبر اصلی خود را ندارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un numéro qui commence par 3, 4, 7 ou 8 est un numéro provisoire. Votre dossier est en cours. Avec ce numéro, on ne peut pas encore créer de compte ameli.</source>
        <translation>نمبری که با 3، 4، 7 یا 8 شروع می‌شود یک نمبر موقت است. دوسیه شما در جریان است. با این نمبر هنوز نمی‌شود حساب ameli ساخت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez tous les courriers de l&apos;Assurance Maladie.</source>
        <translation>همه نامه‌های Assurance Maladie را نگه دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez votre vrai numéro. Il commence par 1 ou 2. Il arrive par courrier.</source>
        <translation>منتظر نمبر اصلی خود باشید. با 1 یا 2 شروع می‌شود. با پست می‌رسد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un numéro provisoire sert au plus 9 mois. Sans nouvelles avant la fin, appelez l&apos;Assurance Maladie.</source>
        <translation>یک نمبر موقت بیشتر از 9 ماه کار نمی‌کند. اگر پیش از ختم آن خبری نشد، به Assurance Maladie زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quand vous avez votre vrai numéro, revenez ici pour créer votre compte.</source>
        <translation>وقتی نمبر اصلی خود را گرفتید، برای ساختن حساب خود اینجا برگردید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, ayez près de vous vos papiers d&apos;identité et les courriers reçus.</source>
        <translation>برای زنگ زدن، اسناد هویت خود و نامه‌هایی را که گرفته‌اید نزدیک خود داشته باشید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} : allez sur {site} et choisissez « {space} ».</source>
        <translation>{name}: به {site} بروید و «{space}» را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce service crée les comptes pour : {names}.</source>
        <translation>این خدمت برای این‌ها حساب می‌سازد: {names}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;habitude, le compte ameli sert aussi pour : {names}. Cette liste peut changer.</source>
        <translation>معمولاً حساب ameli برای این‌ها هم به کار می‌رود: {names}. این لست شاید تغییر کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre régime a peut-être son propre site</source>
        <translation>شاید صندوق بیمه شما سایت خودش را داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte ameli est pour l&apos;Assurance Maladie. Certains régimes, comme la MSA (pour le monde agricole), ont leur propre site.</source>
        <translation>حساب ameli برای Assurance Maladie است. بعضی صندوق‌های بیمه، مثل MSA (برای کارگران زراعت)، سایت خودشان را دارند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vous ne savez pas quel est votre régime ? Regardez votre attestation de droits, ou appelez l&apos;Assurance Maladie.</source>
        <translation>نمی‌دانید صندوق بیمه شما کدام است؟ به attestation de droits خود (ورق Assurance Maladie با نمبر شما) نگاه کنید، یا به Assurance Maladie زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un enfant de moins de 16 ans</source>
        <translation>طفل کمتر از 16 سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un enfant de moins de 16 ans n&apos;a pas son propre compte ameli. Il est sur le compte de son parent.</source>
        <translation>طفل کمتر از 16 سال حساب ameli خودش را ندارد. او در حساب پدر یا مادر خود است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le parent se connecte à son propre compte ameli.</source>
        <translation>پدر یا مادر به حساب ameli خودش وارد می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il y trouve les remboursements de l&apos;enfant.</source>
        <translation>آنجا پول تداوی طفل را که بیمه پس داده است می‌بیند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À partir de 16 ans, le jeune peut demander à avoir ses propres droits. Ensuite, il peut créer son compte.</source>
        <translation>از 16 سالگی، جوان می‌تواند حقوق خودش را بخواهد. بعد می‌تواند حساب خود را بسازد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour appeler, le parent a près de lui sa carte Vitale et une pièce d&apos;identité.</source>
        <translation>برای زنگ زدن، پدر یا مادر کارت carte Vitale و یک سند هویت خود را نزدیک خود دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une personne sous tutelle</source>
        <translation>نفری که تحت سرپرستی قانونی است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour une personne sous tutelle, c&apos;est le tuteur qui fait les démarches. La personne ne crée pas le compte elle-même.</source>
        <translation>برای نفری که تحت سرپرستی قانونی است، سرپرست کارها را انجام می‌دهد. خود آن نفر حساب را نمی‌سازد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le tuteur contacte l&apos;Assurance Maladie.</source>
        <translation>سرپرست با Assurance Maladie تماس می‌گیرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il montre le jugement de tutelle.</source>
        <translation>او حکم محکمه درباره سرپرستی را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il demande comment gérer le compte de la personne.</source>
        <translation>او می‌پرسد که حساب آن نفر را چطور اداره کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À apporter : le jugement de tutelle et la pièce d&apos;identité du tuteur. Apportez aussi la carte Vitale de la personne.</source>
        <translation>با خود بیاورید: حکم محکمه درباره سرپرستی و سند هویت سرپرست. کارت carte Vitale آن نفر را هم بیاورید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>J&apos;ai oublié mon mot de passe</source>
        <translation>رمز خود را فراموش کرده‌ام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous pouvez choisir un nouveau mot de passe vous-même, sur le site ameli.</source>
        <translation>می‌توانید خودتان یک رمز جدید در سایت ameli انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Ouvrez la page de connexion du compte ameli.</source>
        <translation>صفحه ورود حساب ameli را باز کنید.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Choisissez « Mot de passe oublié ».</source>
        <translation>این را انتخاب کنید: «Mot de passe oublié» (رمز فراموش شده).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre numéro de sécurité sociale et votre date de naissance.</source>
        <translation>نمبر تأمین اجتماعی و تاریخ تولد خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Un message arrive avec un lien.</source>
        <translation>صندوق ایمیل خود را باز کنید. یک پیام با یک لینک می‌رسد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez vite sur le lien : il ne marche pas longtemps.</source>
        <translation>زود روی لینک کلیک کنید: زیاد وقت کار نمی‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un nouveau mot de passe. Écrivez-le sur votre aide-mémoire.</source>
        <translation>یک رمز جدید انتخاب کنید. آن را روی ورق یادداشت خود بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale et votre boîte e-mail ouverte.</source>
        <translation>نزدیک خود داشته باشید: کارت carte Vitale و صندوق ایمیل باز خود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>J&apos;ai oublié mon adresse e-mail, ou elle ne marche plus</source>
        <translation>آدرس ایمیل خود را فراموش کرده‌ام، یا دیگر کار نمی‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seule l&apos;Assurance Maladie peut changer l&apos;adresse de votre compte. Il faut l&apos;appeler.</source>
        <translation>فقط Assurance Maladie می‌تواند آدرس حساب شما را تغییر دهد. باید به آن زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie.</source>
        <translation>به Assurance Maladie زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dites que vous n&apos;avez plus accès à l&apos;adresse e-mail de votre compte ameli.</source>
        <translation>بگویید که دیگر نمی‌توانید آدرس ایمیل حساب ameli خود را باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donnez une adresse e-mail que vous pouvez ouvrir aujourd&apos;hui.</source>
        <translation>یک آدرس ایمیل بدهید که امروز بتوانید باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez ensuite votre boîte e-mail et suivez le message reçu.</source>
        <translation>بعد صندوق ایمیل خود را باز کنید و از پیامی که رسیده پیروی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À avoir près de vous : votre carte Vitale ou votre RIB (la feuille de votre banque).</source>
        <translation>نزدیک خود داشته باشید: کارت carte Vitale یا RIB خود (ورق بانک شما).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Je n&apos;ai jamais activé mon compte</source>
        <translation>هیچ وقت حساب خود را فعال نکرده‌ام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte existe, mais personne n&apos;a cliqué sur le lien du message.</source>
        <translation>حساب وجود دارد، اما هیچ کس روی لینک پیام کلیک نکرده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectez-vous avec votre identifiant et votre mot de passe. Votre identifiant, ce sont les 13 premiers chiffres de votre numéro de sécurité sociale.</source>
        <translation>با شناسه و رمز خود وارد شوید. شناسه شما 13 رقم اول نمبر تأمین اجتماعی شما است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le site vous renvoie un message avec un lien.</source>
        <translation>سایت دوباره یک پیام با یک لینک برای شما می‌فرستد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrez votre boîte e-mail. Pas de message ? Regardez dans le dossier des messages indésirables (Spam).</source>
        <translation>صندوق ایمیل خود را باز کنید. پیامی نیست؟ در فولدر پیام‌های ناخواسته (Spam) ببینید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cliquez sur le lien du message.</source>
        <translation>روی لینک پیام کلیک کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mon compte est bloqué</source>
        <translation>حساب من بند شده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Après plusieurs erreurs, le compte se bloque un moment. C&apos;est pour le protéger.</source>
        <translation>بعد از چند اشتباه، حساب برای مدتی بند می‌شود. این برای حفاظت از آن است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;essayez plus pour l&apos;instant.</source>
        <translation>فعلاً دیگر کوشش نکنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez. Le site dit parfois combien de temps.</source>
        <translation>صبر کنید. سایت گاهی می‌گوید چقدر وقت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ensuite, ne réessayez pas l&apos;ancien mot de passe : choisissez « Mot de passe oublié » sur la page de connexion.</source>
        <translation>بعد، رمز قدیمی را دوباره امتحان نکنید: در صفحه ورود «Mot de passe oublié» (رمز فراموش شده) را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours bloqué le lendemain ? Appelez l&apos;Assurance Maladie.</source>
        <translation>فردای آن روز هم بند است؟ به Assurance Maladie زنگ بزنید.</translation>
    </message>
</context>
<context>
    <name>NoBrowserDialog</name>
    <message>
        <location filename="../../aidant_app/ui/desktop.py" line="+55"/>
        <source>Aidant – le navigateur ne s&apos;ouvre pas</source>
        <translation>Aidant – مرورگر باز نمی‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le navigateur internet ne s&apos;ouvre pas. C&apos;est le programme pour aller sur internet, comme Firefox ou Edge. Copiez ce lien, puis collez-le dans votre navigateur.</source>
        <translation>مرورگر انترنت باز نمی‌شود. این برنامه‌ای برای رفتن به انترنت است، مثل Firefox یا Edge. این لینک را کاپی کنید، بعد آن را در مرورگر خود بچسپانید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copier le lien</source>
        <translation>کاپی کردن لینک</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✔ Lien copié. Collez-le dans les 30 secondes (Ctrl + V). Ensuite, l&apos;application l&apos;efface.</source>
        <translation>✔ لینک کاپی شد. آن را در 30 ثانیه بچسپانید (Ctrl + V). بعد از آن، برنامه آن را پاک می‌کند.</translation>
    </message>
</context>
<context>
    <name>OfficialActivationHelp</name>
    <message>
        <location filename="../../aidant_app/ui/sections/official_activation_help.py" line="+30"/>
        <source>« Spam » ou « Courrier indésirable »</source>
        <translation>نام آن «Spam» یا «Courrier indésirable» است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le message n&apos;arrive pas</source>
        <translation>پیام نمی‌رسد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendez 2 ou 3 minutes : un message peut mettre un peu de temps.</source>
        <translation>2 یا 3 دقیقه صبر کنید: رسیدن پیام کمی وقت می‌گیرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regardez dans le dossier des messages indésirables : {folder}</source>
        <translation>در فولدر پیام‌های ناخواسته ببینید: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez que vous ouvrez la boîte de l&apos;adresse écrite sur le site ameli.</source>
        <translation>چک کنید که صندوق همان آدرسی را باز می‌کنید که در سایت ameli نوشتید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours rien ? Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site propose d&apos;envoyer un nouveau message.</source>
        <translation>هنوز هم هیچ؟ در ameli.fr با نمبر و رمز خود وارد شوید: سایت پیشنهاد می‌کند که یک پیام جدید بفرستد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le lien ne marche plus</source>
        <translation>لینک دیگر کار نمی‌کند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un lien ne marche que peu de temps. Connectez-vous sur ameli.fr avec votre numéro et votre mot de passe : le site envoie un nouveau lien. Seul le lien du dernier message marche.</source>
        <translation>لینک فقط برای وقت کمی کار می‌کند. در ameli.fr با نمبر و رمز خود وارد شوید: سایت یک لینک جدید می‌فرستد. فقط لینک آخرین پیام کار می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message ou un faux ?</source>
        <translation>پیام اصلی است یا جعلی؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai message arrive juste après la création du compte.</source>
        <translation>پیام اصلی درست بعد از ساختن حساب می‌رسد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le vrai lien mène à une adresse qui se termine par ameli.fr. Regardez l&apos;adresse avant de cliquer.</source>
        <translation>لینک اصلی به آدرسی می‌رود که با ameli.fr ختم می‌شود. پیش از کلیک، به آدرس نگاه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il ne demande jamais votre mot de passe, ni votre carte bancaire.</source>
        <translation>هیچ وقت رمز شما یا کارت بانکی شما را نمی‌خواهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un message qui vous presse (« dernier délai », « compte bloqué ») est souvent un faux.</source>
        <translation>پیامی که شما را عجله می‌اندازد («dernier délai» یعنی آخرین مهلت، «compte bloqué» یعنی حساب بند شده) اکثراً جعلی است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous êtes bloqué ?</source>
        <translation>گیر مانده‌اید؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appelez l&apos;Assurance Maladie avec votre carte Vitale :</source>
        <translation>با کارت carte Vitale خود به Assurance Maladie زنگ بزنید:</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/password_box.py" line="+22"/>
        <source>Entre {low} et {high} caractères</source>
        <translation>بین {low} و {high} حرف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Au moins une minuscule (a, b, c…)</source>
        <translation>حد اقل یک حرف کوچک (a, b, c…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins une majuscule (A, B, C…)</source>
        <translation>حد اقل یک حرف بزرگ (A, B, C…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au moins un chiffre (1, 2, 3…) ou un signe ({examples} …)</source>
        <translation>حد اقل یک رقم (1, 2, 3…) یا یک نشانه ({examples} …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des lettres sans accent, des chiffres et ces signes : {specials}</source>
        <translation>فقط حرف‌های بدون علامت (accent)، رقم‌ها و این نشانه‌ها: {specials}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement des chiffres</source>
        <translation>فقط رقم</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Afficher le mot de passe</source>
        <translation>نشان دادن رمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Règles à respecter :</source>
        <translation>قاعده‌هایی که باید رعایت شود:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✔ Fait : {rule}</source>
        <translation>✔ انجام شد: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ À faire : {rule}</source>
        <translation>✘ باید انجام شود: {rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le mot de passe respecte toutes les règles.</source>
        <translation>رمز همه قاعده‌ها را رعایت می‌کند.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fait : {rule}.</source>
        <translation>انجام شد: {rule}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À faire : {rule}.</source>
        <translation>باید انجام شود: {rule}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choisissez un mot de passe facile à retenir pour vous. Il doit être difficile à deviner. Une idée : prenez 3 mots que vous aimez. Reliez-les par un signe, par exemple un tiret (-). Ajoutez une majuscule et un chiffre. N&apos;utilisez pas votre date de naissance ni votre nom. Écrivez le mot de passe sur une feuille. Gardez cette feuille chez vous, jamais avec votre carte Vitale.</source>
        <translation>رمزی انتخاب کنید که به یاد داشتن آن برای شما آسان باشد. باید حدس زدن آن مشکل باشد. یک فکر: 3 کلمه‌ای را که دوست دارید بگیرید. آن‌ها را با یک نشانه به هم وصل کنید، مثلاً یک خط تیره (-). یک حرف بزرگ و یک رقم اضافه کنید. تاریخ تولد یا نام خود را استفاده نکنید. رمز را روی یک ورق بنویسید. این ورق را در خانه نگه دارید، هیچ وقت همراه کارت carte Vitale خود.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../../build/lupdate/help_cases.py" line="+24"/>
        <source>Évitez l&apos;adresse donnée par votre fournisseur d&apos;accès à internet (Orange, SFR, Free…). Elle peut disparaître si vous changez d&apos;abonnement. Pour l&apos;Assurance Maladie, il faut une adresse qui dure.</source>
        <translation>از آدرسی که شرکت انترنت شما داده استفاده نکنید (Orange، SFR، Free…). اگر اشتراک خود را تغییر دهید، این آدرس شاید از بین برود. برای Assurance Maladie، به آدرسی ضرورت است که دوام کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avant 15 ans, la personne et un parent doivent tous les deux donner leur accord.</source>
        <translation>پیش از 15 سالگی، هم خود آن نفر و هم پدر یا مادر باید موافقت کنند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;adresse doit être personnelle. Une adresse ne peut servir que pour un seul compte ameli.</source>
        <translation>آدرس باید شخصی باشد. یک آدرس فقط برای یک حساب ameli به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« Spam ». Dans la liste à gauche, cliquez sur « Plus » pour le voir.</source>
        <translation>نام آن «Spam» است. در لست طرف چپ، روی «Plus» (بیشتر) کلیک کنید تا آن را ببینید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Âge minimum en France : 15 ans. Avant 15 ans, avec l&apos;accord d&apos;un parent.</source>
        <translation>حد اقل سن در فرانسه: 15 سال. پیش از 15 سالگی، با موافقت پدر یا مادر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gardez votre téléphone portable près de vous pendant l&apos;inscription.</source>
        <translation>در وقت ثبت نام، تیلفون موبایل خود را نزدیک خود نگه دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Google s&apos;ouvre.</source>
        <translation>دکمه «باز کردن صفحه ثبت نام» را بزنید. صفحه Google باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom et votre nom.</source>
        <translation>نام و تخلص خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre date de naissance.</source>
        <translation>تاریخ تولد خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @gmail.com.</source>
        <translation>آدرس خود را انتخاب کنید: این قسمت پیش از @gmail.com است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceptez les règles d&apos;utilisation. Votre boîte s&apos;ouvre.</source>
        <translation>قاعده‌های استفاده را قبول کنید. صندوق شما باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Revenez ici et écrivez votre nouvelle adresse.</source>
        <translation>اینجا برگردید و آدرس جدید خود را بنویسید.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>« Spam » (ou « Courrier indésirable »), dans la liste des dossiers à gauche.</source>
        <translation>نام آن «Spam» (یا «Courrier indésirable») است، در لست فولدرها در طرف چپ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un mot de passe d&apos;au moins 12 caractères, avec 4 sortes de caractères : minuscule, majuscule, chiffre et signe (par exemple ! ou ?).</source>
        <translation>یک رمز با حد اقل 12 حرف، با 4 نوع حرف: حرف کوچک، حرف بزرگ، رقم و نشانه (مثلاً ! یا ?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». Le site laposte.net s&apos;ouvre.</source>
        <translation>دکمه «باز کردن صفحه ثبت نام» را بزنید. سایت laposte.net باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une adresse gratuite.</source>
        <translation>ساختن یک آدرس مفت را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre prénom, votre nom et votre date de naissance.</source>
        <translation>نام، تخلص و تاریخ تولد خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre adresse : c&apos;est la partie avant @laposte.net.</source>
        <translation>آدرس خود را انتخاب کنید: این قسمت پیش از @laposte.net است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminez l&apos;inscription, puis ouvrez votre boîte une première fois.</source>
        <translation>ثبت نام را تمام کنید، بعد صندوق خود را برای بار اول باز کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Courrier indésirable », dans la liste des dossiers à gauche.</source>
        <translation>نام آن «Courrier indésirable» است، در لست فولدرها در طرف چپ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Google supprime un compte Gmail que personne n&apos;utilise pendant 2 ans. Il prévient avant.</source>
        <translation>Google حساب Gmail را که 2 سال کسی از آن استفاده نکند پاک می‌کند. پیش از آن خبر می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Gmail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>در تلفون خود، برنامه «Gmail» را نصب کنید. با آدرس و رمز خود داخل شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Google, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone et une autre adresse e-mail de secours.</source>
        <translation>در حساب Google خود، «امنیت» (Sécurité) را باز کنید. شماره تلفون خود و یک آدرس ایمیل دیگر برای کمک را اضافه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laposte.net efface les messages d&apos;une boîte que personne n&apos;ouvre pendant 4 mois.</source>
        <translation>laposte.net پیام‌های صندوقی را که 4 ماه کسی باز نکند پاک می‌کند.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « laposte.net ». Ou ouvrez www.laposte.net dans le navigateur.</source>
        <translation>در تلفون خود، برنامه «laposte.net» را نصب کنید. یا www.laposte.net را در مرورگر باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres de votre compte, ajoutez votre numéro de téléphone portable. Il sert si vous oubliez le mot de passe.</source>
        <translation>در تنظیمات حساب خود، شماره موبایل خود را اضافه کنید. اگر رمز را فراموش کنید به کار می‌آید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&apos;après ses conditions de 2019, Microsoft ferme un compte que personne n&apos;utilise pendant 2 ans.</source>
        <translation>طبق شرایط سال 2019، Microsoft حسابی را که 2 سال کسی از آن استفاده نکند می‌بندد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Outlook ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>در تلفون خود، برنامه «Outlook» را نصب کنید. با آدرس و رمز خود داخل شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans votre compte Microsoft, ouvrez « Sécurité ». Ajoutez votre numéro de téléphone ou une autre adresse e-mail.</source>
        <translation>در حساب Microsoft خود، «امنیت» (Sécurité) را باز کنید. شماره تلفون خود یا یک آدرس ایمیل دیگر را اضافه کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proton supprime un compte gratuit que personne n&apos;ouvre pendant 12 mois. Il prévient à l&apos;adresse de secours.</source>
        <translation>Proton حساب رایگانی را که 12 ماه کسی باز نکند پاک می‌کند. به آدرس کمکی خبر می‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sur votre téléphone, installez l&apos;application « Proton Mail ». Connectez-vous avec votre adresse et votre mot de passe.</source>
        <translation>در تلفون خود، برنامه «Proton Mail» را نصب کنید. با آدرس و رمز خود داخل شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans les paramètres, ouvrez « Récupération ». Ajoutez une autre adresse e-mail ou votre numéro de téléphone. Attention : si vous oubliez le mot de passe, vous perdez vos anciens messages.</source>
        <translation>در تنظیمات، «بازیابی» (Récupération) را باز کنید. یک آدرس ایمیل دیگر یا شماره تلفون خود را اضافه کنید. دقت کنید: اگر رمز را فراموش کنید، پیام‌های قدیمی خود را از دست می‌دهید.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Le site peut demander un numéro de téléphone portable. Il y envoie un code par SMS.</source>
        <translation>سایت شاید یک نمبر تیلفون موبایل بخواهد. به آن یک کود با SMS می‌فرستد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>Choisissez un mot de passe. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>یک رمز انتخاب کنید. آن را همین حالا روی ورقی بنویسید که نگه می‌دارید.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Si le site demande un numéro de téléphone, écrivez le vôtre. Recopiez le code reçu par SMS.</source>
        <translation>اگر سایت نمبر تیلفون می‌خواهد، نمبر خود را بنویسید. کودی را که با SMS رسید بنویسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&apos;après les guides publics, La Poste supprime une nouvelle boîte laposte.net si personne ne l&apos;ouvre. Il faut l&apos;ouvrir dans les 72 heures (3 jours). Ouvrez-la dès aujourd&apos;hui.</source>
        <translation>طبق رهنماهای عمومی، La Poste یک صندوق جدید laposte.net را که هیچ کس باز نکند پاک می‌کند. باید آن را در 72 ساعت (3 روز) باز کنید. آن را همین امروز باز کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez un mot de passe de 12 caractères ou plus. Écrivez-le tout de suite sur une feuille que vous gardez.</source>
        <translation>یک رمز با 12 حرف یا بیشتر انتخاب کنید. آن را همین حالا روی ورقی بنویسید که نگه می‌دارید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour une personne de moins de 18 ans, le site demande l&apos;accord d&apos;un parent.</source>
        <translation>برای نفری که کمتر از 18 سال دارد، سایت موافقت پدر یا مادر را می‌خواهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft ferme une boîte Outlook.com que personne n&apos;ouvre pendant 2 ans. Ouvrez-la de temps en temps.</source>
        <translation>شرکت Microsoft صندوق Outlook.com را که 2 سال هیچ کس باز نکند می‌بندد. آن را گاه‌گاه باز کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Microsoft s&apos;ouvre.</source>
        <translation>دکمه «باز کردن صفحه ثبت نام» را بزنید. صفحه Microsoft باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de créer une nouvelle adresse e-mail.</source>
        <translation>ساختن یک آدرس ایمیل جدید را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez la partie avant le @ et choisissez la fin (par exemple outlook.fr).</source>
        <translation>قسمت پیش از @ را بنویسید و آخر آن را انتخاب کنید (مثلاً outlook.fr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrivez votre prénom, votre nom, votre pays et votre date de naissance.</source>
        <translation>نام، تخلص، کشور و تاریخ تولد خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faites la petite vérification demandée (prouver que vous n&apos;êtes pas un robot).</source>
        <translation>چک کوچکی را که خواسته می‌شود انجام دهید (ثابت کنید که روبات نیستید).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« Spam », dans la liste des dossiers à gauche.</source>
        <translation>نام آن «Spam» است، در لست فولدرها در طرف چپ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une vérification anti-robot : un petit jeu à l&apos;écran, un code par e-mail ou un code par SMS.</source>
        <translation>یک چک ضد روبات: یک بازی کوچک روی صفحه، یک کود با ایمیل یا یک کود با SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous avez oublié le mot de passe et vous le changez ? Alors vous ne pouvez plus lire vos anciens messages. Gardez bien votre mot de passe.</source>
        <translation>رمز را فراموش کرده‌اید و آن را تغییر می‌دهید؟ آن وقت دیگر نمی‌توانید پیام‌های قدیمی خود را بخوانید. رمز خود را خوب نگه دارید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appuyez sur « Ouvrir la page d&apos;inscription ». La page de Proton s&apos;ouvre.</source>
        <translation>دکمه «باز کردن صفحه ثبت نام» را بزنید. صفحه Proton باز می‌شود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez l&apos;offre gratuite (« Free »).</source>
        <translation>پیشنهاد مفت را انتخاب کنید («Free»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez votre nom d&apos;utilisateur : c&apos;est la partie avant @proton.me.</source>
        <translation>نام کاربری خود را انتخاب کنید: این قسمت پیش از @proton.me است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faites la vérification anti-robot demandée.</source>
        <translation>چک ضد روبات را که خواسته می‌شود انجام دهید.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../aidant_app/rules/languages.py" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../aidant_app/ui/report_form.py" line="+203"/>
        <source>Répondez à la question « {q} ».</source>
        <translation>به سؤال «{q}» جواب دهید.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enregistrement…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message} Question : « {question} ».</source>
        <translation>{message} سؤال: «{question}».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aidant – noter l&apos;accompagnement</source>
        <translation>Aidant – ثبت همراهی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notez cet accompagnement pour le compte rendu d&apos;activité. Rien ne permet de reconnaître la personne. Échap : passer.</source>
        <translation>این همراهی را برای گزارش فعالیت ثبت کنید. هیچ چیزی در اینجا آن نفر را نمی‌شناساند. Échap (Esc): رد شدن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée</source>
        <translation>مدت دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre durée, en minutes</source>
        <translation>مدت دیگر، به دقیقه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>محل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matériel utilisé</source>
        <translation>وسایل استفاده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thèmes (au moins un)</source>
        <translation>موضوع‌ها (حد اقل یکی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Autonomie de la personne</source>
        <translation>خودکفایی آن نفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientée vers une autre structure ?</source>
        <translation>به یک مرکز دیگر فرستاده شد؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vers quelle structure</source>
        <translation>به کدام مرکز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà accompagnée avant ?</source>
        <translation>قبلاً هم همراهی شده بود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranche d&apos;âge</source>
        <translation>گروه سنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal de la commune</source>
        <translation>کود پستی ناحیه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>ذخیره کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer</source>
        <translation>رد شدن</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../aidant_app/ui/report_menu.py" line="+10"/>
        <source>Noter un accompagnement</source>
        <translation>ثبت یک همراهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activité et export</source>
        <translation>فعالیت و صادر کردن</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/resume.py" line="+76"/>
        <source>Reprendre une démarche commencée</source>
        <translation>ادامه دادن کاری که شروع شده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Écrivez d&apos;abord le code de reprise et votre date de naissance.</source>
        <translation>اول کود ادامه و تاریخ تولد خود را بنویسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette date n&apos;est pas juste. Exemple : 25/12/1958.</source>
        <translation>این تاریخ درست نیست. مثال: 25/12/1958.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recherche de la démarche…</source>
        <translation>کار شما جستجو می‌شود…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reprendre</source>
        <translation>ادامه دادن کار</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vous avez déjà créé votre compte. Vous n&apos;avez pas encore confirmé votre adresse e-mail. Écrivez le code de reprise. Il est sur votre aide-mémoire. Écrivez aussi votre date de naissance.</source>
        <translation>شما قبلاً حساب خود را ساخته‌اید. هنوز آدرس ایمیل خود را تأیید نکرده‌اید. کود ادامه را بنویسید. این کود روی ورق یادداشت شما است. تاریخ تولد خود را هم بنویسید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code de reprise (sur l&apos;aide-mémoire)</source>
        <translation>کود ادامه (روی ورق یادداشت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date de naissance (jour/mois/année, par exemple 25/12/1958)</source>
        <translation>تاریخ تولد (روز/ماه/سال، مثلاً 25/12/1958)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JJ/MM/AAAA</source>
        <translation>روز/ماه/سال</translation>
    </message>
</context>
<context>
    <name>ServiceLoss</name>
    <message>
        <location filename="../../aidant_app/ui/service_loss.py" line="+71"/>
        <source>Le serveur d&apos;entraînement est relancé. Vérification de votre adresse e-mail…</source>
        <translation>سرور تمرینی دوباره روشن شد. آدرس ایمیل شما چک می‌شود…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le serveur d&apos;entraînement a redémarré sans votre compte d&apos;entraînement. Vos réponses sont gardées. Envoyez à nouveau le formulaire.</source>
        <translation>سرور تمرینی بدون حساب تمرینی شما دوباره روشن شد. جواب‌های شما نگه داشته شده است. فورم را دوباره بفرستید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le service répond de nouveau. Vous pouvez continuer.</source>
        <translation>خدمت دوباره جواب می‌دهد. می‌توانید ادامه بدهید.</translation>
    </message>
</context>
<context>
    <name>ServiceWait</name>
    <message>
        <location filename="../../aidant_app/ui/service_wait.py" line="+61"/>
        <source>Le service démarre. Vous pourrez continuer dans un instant.</source>
        <translation>خدمت روشن می‌شود. بعد از یک لحظه می‌توانید ادامه دهید.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aidant_app/ui/settings_dialog.py" line="+118"/>
        <location line="+43"/>
        <source>Choisir le fichier de certificats</source>
        <translation>انتخاب فایل سرتیفیکیت‌ها</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</source>
        <translation>سرتیفیکیت‌ها (*.pem *.crt *.cer);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cette adresse n&apos;est pas valide. Exemple : https://aidant.exemple.fr</source>
        <translation>این آدرس درست نیست. مثال: https://aidant.exemple.fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse doit commencer par https:// (http:// est accepté seulement pour cet ordinateur).</source>
        <translation>آدرس باید با https:// شروع شود (http:// فقط برای همین کمپیوتر قبول می‌شود).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce fichier n&apos;existe pas.</source>
        <translation>این فایل وجود ندارد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aidant – réglages</source>
        <translation>Aidant – تنظیمات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ces réglages sont pour la personne qui installe l&apos;application. Laissez l&apos;adresse vide pour utiliser le mode entraînement.</source>
        <translation>این تنظیمات برای نفری است که برنامه را نصب می‌کند. برای استفاده از حالت تمرین، آدرس را خالی بگذارید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse du service Aidant</source>
        <translation>آدرس خدمت Aidant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier de certificats (facultatif)</source>
        <translation>فایل سرتیفیکیت‌ها (اختیاری)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode entraînement</source>
        <translation>حالت تمرین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utiliser le mode entraînement</source>
        <translation>استفاده از حالت تمرین</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enregistrer</source>
        <translation>ذخیره کردن</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <location filename="../../aidant_app/ui/widgets/signs.py" line="+27"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• {item}</source>
        <translation>• {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ {warning}</source>
        <translation>⚠ {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>☎ {phone}</source>
        <translation>☎ {phone}</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../aidant_app/ui/speech.py" line="+107"/>
        <source>valeur non lue</source>
        <translation>مقداری که خوانده نمی‌شود</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/start.py" line="+197"/>
        <source>Bienvenue</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choisissez d&apos;abord : votre vrai compte, ou un entraînement.</source>
        <translation>اول انتخاب کنید: حساب اصلی شما، یا تمرین.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez d&apos;abord qui utilise l&apos;application.</source>
        <translation>اول انتخاب کنید که چه کسی از برنامه استفاده می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cochez d&apos;abord l&apos;accord de la personne.</source>
        <translation>اول موافقت آن نفر را نشانی کنید.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>J&apos;accompagne une personne</source>
        <translation>من به یک نفر کمک می‌کنم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je le fais pour moi</source>
        <translation>این کار را برای خودم می‌کنم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>✔ {answer}</source>
        <translation>✔ {answer}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Créer mon vrai compte ameli</source>
        <translation>ساختن حساب اصلی ameli من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&apos;entraîner avec une personne fictive</source>
        <translation>تمرین با یک آدم خیالی</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recherche d&apos;une personne fictive…</source>
        <translation>یک آدم خیالی جستجو می‌شود…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toutes les personnes fictives ont déjà servi. Redémarrez l&apos;application pour recommencer l&apos;entraînement.</source>
        <translation>همه آدم‌های خیالی قبلاً استفاده شده‌اند. برای شروع دوباره تمرین، برنامه را دوباره روشن کنید.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Que voulez-vous faire ?</source>
        <translation>چه کاری می‌خواهید بکنید؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>J&apos;ai créé mon compte sur ameli : il reste à l&apos;activer, c&apos;est-à-dire à le mettre en marche</source>
        <translation>حساب خود را در ameli ساختم: فقط فعال کردن آن مانده است، یعنی روشن کردن آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour revenir à l&apos;activation, sans rien écrire de nouveau.</source>
        <translation>برای برگشتن به فعال کردن، بدون اینکه چیز جدیدی بنویسید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le code de reprise sert à reprendre une démarche déjà commencée. Il est sur l&apos;aide-mémoire. C&apos;est la feuille à garder, reçue lors d&apos;une première visite.</source>
        <translation>کود ادامه برای ادامه دادن کاری است که قبلاً شروع شده است. این کود روی ورق یادداشت است. این ورقی است که نگه می‌دارید، و در بار اول گرفته‌اید.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cette application vous aide à créer votre compte ameli : votre espace en ligne de l&apos;Assurance Maladie. Pour cela, il faut une adresse e-mail qui marche. Nous allons le faire ensemble, étape par étape.</source>
        <translation>این برنامه به شما کمک می‌کند که حساب ameli خود را بسازید: صفحه شخصی آنلاین شما در Assurance Maladie (بیمه صحی فرانسه). برای این کار، به یک آدرس ایمیل ضرورت است که کار کند. ما این کار را با هم، قدم به قدم، انجام می‌دهیم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qui utilise l&apos;application ?</source>
        <translation>چه کسی از برنامه استفاده می‌کند؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce qu&apos;il faut avoir sous la main</source>
        <translation>چیزهایی که باید نزدیک خود داشته باشید</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Environ 20 minutes</source>
        <translation>تقریباً 20 دقیقه</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Connectez-vous d&apos;abord avec votre compte d&apos;aidant.</source>
        <translation>اول با حساب کمک‌کننده خود وارد شوید.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Personne fictive : {first} {last}. L&apos;application remplit déjà ses informations.</source>
        <translation>آدم خیالی: {first} {last}. برنامه معلومات او را خودش پر می‌کند.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>La personne accepte mon aide. Elle sait que l&apos;application ne garde rien sur cet ordinateur.</source>
        <translation>آن نفر کمک مرا قبول دارد. او می‌داند که برنامه هیچ چیزی را در این کمپیوتر نگه نمی‌دارد.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Utiliser une personne fictive</source>
        <translation>استفاده از یک آدم خیالی</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>J&apos;ai un code de reprise</source>
        <translation>کود ادامه دارم</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../aidant_app/ui/steplist.py" line="+16"/>
        <source>Début</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>آدرس ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte ameli</source>
        <translation>حساب ameli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminé</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Étape {number} sur {total} : {name} (étape en cours)</source>
        <translation>مرحله {number} از {total}: {name} (مرحله فعلی)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les étapes</source>
        <translation>مرحله‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ {number}. {name} (fait)</source>
        <translation>✔ {number}. {name} (انجام شد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ {number}. {name} (étape en cours)</source>
        <translation>▶ {number}. {name} (مرحله فعلی)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   {number}. {name}</source>
        <translation>   {number}. {name}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../aidant_app/ui/topbar.py" line="+267"/>
        <source>Texte : {percent} %</source>
        <translation>متن: {percent} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %.</source>
        <translation>اندازه متن: {percent} %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Texte plus petit</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Texte plus grand</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Le texte est déjà au plus grand pour cet écran.</source>
        <translation>متن برای این صفحه از قبل به بزرگ‌ترین اندازه است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille du texte : {percent} %. C&apos;est la plus grande pour cet écran.</source>
        <translation>اندازه متن: {percent} %. این بزرگ‌ترین اندازه برای این صفحه است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Contraste élevé</source>
        <translation>✔ رنگ‌های پررنگ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Contraste élevé</source>
        <translation>رنگ‌های پررنگ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Langue : {language}</source>
        <translation>زبان: {language}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revenir en {language}</source>
        <translation>برگشتن به {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir en français</source>
        <translation>دیدن به فرانسوی</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Réglages</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{language} (traduction à relire)</source>
        <translation>{language} (ترجمه هنوز چک نشده)</translation>
    </message>
</context>
<context>
    <name>TriageExitPage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage_exit.py" line="+49"/>
        <source>Ce qu&apos;il faut faire</source>
        <translation>کاری که باید بکنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce que vous pouvez faire</source>
        <translation>کاری که می‌توانید بکنید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour appeler l&apos;Assurance Maladie</source>
        <translation>برای زنگ زدن به Assurance Maladie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce n&apos;est pas votre situation ? Appuyez sur « Retour ».</source>
        <translation>این وضعیت شما نیست؟ دکمه «برگشت» را بزنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer ces étapes (PDF)</source>
        <translation>ذخیره کردن این مرحله‌ها (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne suivante (tout effacer)</source>
        <translation>نفر بعدی (همه چیز پاک شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (tout effacer)</source>
        <translation>از سر شروع کردن (همه چیز پاک شود)</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <location filename="../../aidant_app/ui/pages/triage.py" line="+21"/>
        <source>Avant de commencer</source>
        <translation>پیش از شروع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune de ces situations : je continue</source>
        <translation>هیچ کدام از این وضعیت‌ها: ادامه می‌دهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai déjà un compte ameli</source>
        <translation>من از قبل حساب ameli دارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon numéro de sécurité sociale commence par 3, 4, 7 ou 8</source>
        <translation>نمبر تأمین اجتماعی من با 3، 4، 7 یا 8 شروع می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Je dépends d&apos;un autre régime, par exemple la MSA</source>
        <translation>من به یک صندوق بیمه دیگر تعلق دارم، مثلاً MSA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte est pour un enfant de moins de 16 ans</source>
        <translation>حساب برای طفل کمتر از 16 سال است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La personne est sous tutelle</source>
        <translation>آن نفر تحت سرپرستی قانونی است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une de ces situations vous concerne-t-elle ?</source>
        <translation>آیا یکی از این وضعیت‌ها مربوط به شما است؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dans ces cas, il faut faire autrement. Nous vous disons quoi faire.</source>
        <translation>در این حالت‌ها، کار طور دیگری انجام می‌شود. ما به شما می‌گوییم چه کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous savez déjà que la personne peut continuer ? Choisissez « Aucune de ces situations ».</source>
        <translation>از قبل می‌دانید که آن نفر می‌تواند ادامه دهد؟ «هیچ کدام از این وضعیت‌ها» را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous ne savez pas ? Choisissez « Aucune de ces situations ». Nous vous aiderons plus tard si besoin.</source>
        <translation>نمی‌دانید؟ «هیچ کدام از این وضعیت‌ها» را انتخاب کنید. اگر ضرورت باشد، بعداً به شما کمک می‌کنیم.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../aidant_app/ui/errors.py" line="+33"/>
        <source>Recherche du trousseau de l&apos;ordinateur…</source>
        <translation>کلیددان کمپیوتر جستجو می‌شود…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur n&apos;a pas de trousseau sécurisé : vous devrez vous reconnecter à chaque fois.</source>
        <translation>این کمپیوتر کلیددان امن ندارد: باید هر بار دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur est verrouillé : vous devrez vous reconnecter à chaque fois. Pour garder la connexion, déverrouillez le trousseau. Pour cela, ouvrez votre session avec votre mot de passe. Ensuite, redémarrez l&apos;application.</source>
        <translation>کلیددان این کمپیوتر قفل است: باید هر بار دوباره وارد شوید. برای نگه داشتن ورود، کلیددان را باز کنید. برای این کار، با رمز خود به حساب کمپیوتر وارد شوید. بعد برنامه را دوباره روشن کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne répond pas : vous devrez vous reconnecter à chaque fois.</source>
        <translation>کلیددان این کمپیوتر جواب نمی‌دهد: باید هر بار دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cet ordinateur garde les mots de passe sans protection : l&apos;application refuse de s&apos;en servir. Vous devrez vous reconnecter à chaque fois.</source>
        <translation>این کمپیوتر رمزها را بدون حفاظت نگه می‌دارد: برنامه آن را استفاده نمی‌کند. باید هر بار دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le trousseau de cet ordinateur ne marche pas correctement : vous devrez vous reconnecter à chaque fois.</source>
        <translation>کلیددان این کمپیوتر درست کار نمی‌کند: باید هر بار دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{message} Il vous reste 1 essai.</source>
        <translation>{message} 1 کوشش دیگر برای شما مانده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Il vous reste {n} essais.</source>
        <translation>{message} {n} کوشش دیگر برای شما مانده است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 seconde.</source>
        <translation>{message} بعد از 1 ثانیه می‌توانید دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} secondes.</source>
        <translation>{message} بعد از {n} ثانیه می‌توانید دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans 1 minute.</source>
        <translation>{message} بعد از 1 دقیقه می‌توانید دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} Vous pourrez réessayer dans {n} minutes.</source>
        <translation>{message} بعد از {n} دقیقه می‌توانید دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../aidant_app/rules/codes.py" line="+66"/>
        <source>Réessayer</source>
        <translation>دوباره کوشش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger</source>
        <translation>درست کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;adresse e-mail</source>
        <translation>تغییر آدرس ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le numéro à appeler</source>
        <translation>دیدن نمبری که باید به آن زنگ بزنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer plus tard</source>
        <translation>بعداً دوباره کوشش کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau code</source>
        <translation>گرفتن کود جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recevoir un nouveau lien</source>
        <translation>گرفتن لینک جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relire les conditions</source>
        <translation>دوباره خواندن شرایط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir l&apos;aide</source>
        <translation>دیدن کمک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir les réglages</source>
        <translation>باز کردن تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se reconnecter</source>
        <translation>دوباره وارد شدن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une autre adresse</source>
        <translation>انتخاب یک آدرس دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommencer</source>
        <translation>از سر شروع کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le site ameli.fr</source>
        <translation>باز کردن سایت ameli.fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quelque chose n&apos;a pas marché. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>چیزی کار نکرد. این تقصیر شما نیست. دوباره کوشش کنید. آنچه نوشته‌اید نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Écrivez le numéro de sécurité sociale. Il est sur la carte Vitale.</source>
        <translation>نمبر تأمین اجتماعی را بنویسید. این نمبر روی کارت carte Vitale است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop court. Il a 15 chiffres, clé comprise (les 2 derniers).</source>
        <translation>نمبر بسیار کوتاه است. 15 رقم دارد، با کلید (2 رقم آخر).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro est trop long. Il a 15 chiffres, clé comprise.</source>
        <translation>نمبر بسیار دراز است. 15 رقم دارد، با کلید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le numéro ne contient que des chiffres (et parfois A ou B pour la Corse).</source>
        <translation>این نمبر فقط رقم دارد (و گاهی A یا B برای Corse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un chiffre ne va pas. Comparez chaque chiffre avec la carte Vitale, surtout les 2 derniers.</source>
        <translation>یک رقم درست نیست. هر رقم را با کارت carte Vitale مقایسه کنید، مخصوصاً 2 رقم آخر را.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce numéro est provisoire, en attendant le vrai. Il ne permet pas d&apos;ouvrir un compte ameli. Le vrai commence par 1 ou 2. Appelez le 36 46 pour savoir quand vous l&apos;aurez.</source>
        <translation>این نمبر موقت است، تا وقتی که نمبر اصلی برسد. با آن نمی‌شود حساب ameli باز کرد. نمبر اصلی با 1 یا 2 شروع می‌شود. به 36 46 زنگ بزنید تا بدانید چه وقت آن را می‌گیرید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>L&apos;IBAN n&apos;est pas juste. Recopiez-le depuis votre RIB, la feuille de votre banque. Pour une banque française, il commence par FR.</source>
        <translation>نمبر IBAN درست نیست. آن را دوباره از روی RIB خود، ورق بانک شما، بنویسید. برای یک بانک فرانسوی، با FR شروع می‌شود.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ce code ne marche plus : son temps est passé. Demandez un nouveau code.</source>
        <translation>این کود دیگر کار نمی‌کند: وقت آن گذشته است. یک کود جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez vérifié l&apos;adresse e-mail il y a trop longtemps. Demandez un nouveau code.</source>
        <translation>شما آدرس ایمیل را خیلی وقت پیش چک کرده‌اید. یک کود جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;Assurance Maladie ne connaît pas cet IBAN. Prenez le RIB du compte où vous recevez vos remboursements.</source>
        <translation>اداره Assurance Maladie این IBAN را نمی‌شناسد. RIB حسابی را بگیرید که بیمه پول تداوی شما را به آن پس می‌فرستد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce lien ne marche plus : son temps est passé. Demandez un nouveau lien.</source>
        <translation>این لینک دیگر کار نمی‌کند: وقت آن گذشته است. یک لینک جدید بخواهید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien ne marche plus : un message plus récent a un nouveau lien. Ouvrez le dernier message reçu.</source>
        <translation>این لینک دیگر کار نمی‌کند: یک پیام تازه‌تر لینک جدید دارد. آخرین پیامی را که رسیده باز کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce thème fait partie des démarches administratives. Cochez aussi le thème « Aide aux démarches administratives ».</source>
        <translation>این موضوع جزو کارهای اداری است. موضوع «Aide aux démarches administratives» (کمک در کارهای اداری) را هم نشانی کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu enregistrer le fichier à cet endroit. Choisissez un autre dossier, par exemple Documents. Puis réessayez.</source>
        <translation>برنامه نتوانست فایل را در این جا ذخیره کند. یک فولدر دیگر انتخاب کنید، مثلاً Documents. بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>L&apos;application n&apos;a pas pu envoyer la demande. Réessayez.</source>
        <translation>برنامه نتوانست درخواست را بفرستد. دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La demande est trop grosse pour le service. Écrivez un texte plus court, puis réessayez.</source>
        <translation>درخواست برای این خدمت بسیار بزرگ است. یک متن کوتاه‌تر بنویسید، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cette version d&apos;Aidant est trop vieille pour ce service. Elle ne sait pas poser toutes les questions du formulaire. Créez le compte sur le site ameli.fr. Ou bien, demandez une version plus récente d&apos;Aidant.</source>
        <translation>این نسخه Aidant برای این خدمت بسیار کهنه است. نمی‌تواند همه سؤال‌های فورم را بپرسد. حساب را در سایت ameli.fr بسازید. یا یک نسخه تازه‌تر Aidant را بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nous n&apos;avons pas pu envoyer le message à cette adresse. Vérifiez l&apos;adresse e-mail. Si elle est fausse, corrigez-la ci-dessous.</source>
        <translation>ما نتوانستیم پیام را به این آدرس بفرستیم. آدرس ایمیل را چک کنید. اگر غلط است، آن را در پایین درست کنید.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Ce numéro n&apos;est pas valable. Le premier chiffre est 1 ou 2. Comparez avec la carte Vitale.</source>
        <translation>این نمبر درست نیست. رقم اول 1 یا 2 است. با کارت carte Vitale مقایسه کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette date n&apos;existe pas. Écrivez le jour, le mois et l&apos;année en chiffres.</source>
        <translation>این تاریخ وجود ندارد. روز، ماه و سال را با رقم بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ne va pas avec le numéro de sécurité sociale. Les chiffres 2 à 5 du numéro donnent l&apos;année et le mois de naissance. Vérifiez les deux.</source>
        <translation>تاریخ تولد با نمبر تأمین اجتماعی جور نمی‌آید. رقم‌های 2 تا 5 نمبر، سال و ماه تولد را نشان می‌دهند. هر دو را چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code postal a 5 chiffres, par exemple 75011.</source>
        <translation>کود پستی 5 رقم دارد، مثلاً 75011.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail n&apos;est pas bien écrite. Elle ressemble à prenom.nom@exemple.fr, sans espace.</source>
        <translation>این آدرس ایمیل درست نوشته نشده است. باید مثل prenom.nom@exemple.fr باشد، بدون فاصله.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le mot de passe ne respecte pas toutes les règles. Regardez la liste sous le champ : chaque ✘ est une règle à remplir.</source>
        <translation>رمز همه قاعده‌ها را رعایت نمی‌کند. به لست زیر خانه نگاه کنید: هر ✘ قاعده‌ای است که هنوز باید انجام شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mot de passe.</source>
        <translation>یک رمز انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service n&apos;a pas compris la demande. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>خدمت درخواست را نفهمید. دوباره کوشش کنید. اگر باز هم این‌طور شد، کمک بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une information manque ou est mal écrite. Vérifiez les champs indiqués.</source>
        <translation>یک معلومات کم است یا غلط نوشته شده است. خانه‌هایی را که نشان داده شده چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque ou est mal écrite. Vérifiez-la.</source>
        <translation>این معلومات کم است یا غلط نوشته شده است. آن را چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette information manque. Remplissez-la.</source>
        <translation>این معلومات کم است. آن را پر کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service demande les informations autrement. Appuyez sur « Réessayer » : le formulaire se met à jour. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت معلومات را به شکل دیگری می‌خواهد. دکمه «دوباره کوشش کنید» را بزنید: فورم تازه می‌شود. آنچه نوشته‌اید نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service ne retrouve pas votre démarche. Il faut peut-être recommencer cette étape.</source>
        <translation>خدمت کار شما را پیدا نمی‌کند. شاید لازم باشد این مرحله را از سر انجام دهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette action n&apos;est pas possible ici. Demandez de l&apos;aide.</source>
        <translation>این کار اینجا ممکن نیست. کمک بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop de demandes en peu de temps. Attendez un peu, puis réessayez.</source>
        <translation>در وقت کم، درخواست‌های بسیار زیاد. کمی صبر کنید، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion de l&apos;aidant a pris fin. Reconnectez-vous.</source>
        <translation>ورود کمک‌کننده ختم شده است. دوباره وارد شوید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;identifiant ou le mot de passe n&apos;est pas le bon. Vérifiez les majuscules.</source>
        <translation>شناسه یا رمز درست نیست. حرف‌های بزرگ را چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code n&apos;est pas le bon. Recopiez les chiffres du dernier message reçu.</source>
        <translation>این کود درست نیست. رقم‌های آخرین پیامی را که رسیده دوباره بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop d&apos;essais. Par sécurité, attendez avant de réessayer. Si cela dure plus d&apos;une heure, appelez le 36 46.</source>
        <translation>کوشش‌های بسیار زیاد. برای امنیت، پیش از کوشش دوباره صبر کنید. اگر بیشتر از یک ساعت طول کشید، به 36 46 زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les conditions d&apos;utilisation ont changé. Relisez-les et acceptez-les de nouveau.</source>
        <translation>شرایط استفاده تغییر کرده است. آن‌ها را دوباره بخوانید و دوباره قبول کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;Assurance Maladie ne trouve personne avec ce numéro. Vérifiez le numéro. S&apos;il est juste, appelez le 36 46.</source>
        <translation>اداره Assurance Maladie هیچ کسی را با این نمبر پیدا نمی‌کند. نمبر را چک کنید. اگر درست است، به 36 46 زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de naissance ou le code postal n&apos;est pas celui que connaît l&apos;Assurance Maladie. Vérifiez les deux. Le code postal est celui de votre adresse actuelle.</source>
        <translation>تاریخ تولد یا کود پستی با آنچه Assurance Maladie می‌شناسد یکی نیست. هر دو را چک کنید. کود پستی، کود آدرس فعلی شما است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette adresse e-mail sert déjà pour un autre compte ameli. Chaque personne doit avoir sa propre adresse. Il faut une autre adresse.</source>
        <translation>این آدرس ایمیل از قبل برای یک حساب ameli دیگر استفاده شده است. هر نفر باید آدرس خودش را داشته باشد. به یک آدرس دیگر ضرورت است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez déjà un compte ameli. Il ne faut pas en créer un deuxième. Voyez l&apos;aide pour retrouver l&apos;accès.</source>
        <translation>شما از قبل حساب ameli دارید. حساب دوم نسازید. برای دوباره داخل شدن به حساب، کمک را ببینید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votre compte est déjà activé. Il n&apos;y a plus rien à faire ici.</source>
        <translation>حساب شما از قبل فعال شده است. اینجا دیگر کاری نمانده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien a déjà servi. Votre compte est sans doute déjà activé.</source>
        <translation>این لینک قبلاً استفاده شده است. حساب شما احتمالاً از قبل فعال شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce lien n&apos;est pas reconnu. Copiez le lien en entier depuis le message.</source>
        <translation>این لینک شناخته نمی‌شود. لینک را کامل از پیام کاپی کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ou cette date de naissance ne correspond pas. Vérifiez les deux sur l&apos;aide-mémoire.</source>
        <translation>این کود ادامه یا این تاریخ تولد جور نمی‌آید. هر دو را روی ورق یادداشت چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse est déjà prise. Choisissez une des adresses proposées ou écrivez-en une autre.</source>
        <translation>این آدرس از قبل گرفته شده است. یکی از آدرس‌های پیشنهادشده را انتخاب کنید یا یک آدرس دیگر بنویسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette adresse ne convient pas. Utilisez des lettres sans accent, des chiffres, des points ou des tirets.</source>
        <translation>این آدرس مناسب نیست. حرف‌های بدون اعراب (accent)، رقم، نقطه یا خط تیره استفاده کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vos informations ont changé depuis le premier envoi. Envoyez-les de nouveau.</source>
        <translation>معلومات شما بعد از فرستادن اول تغییر کرده است. آن‌ها را دوباره بفرستید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le service n&apos;a pas compris la demande de cette version d&apos;Aidant. Réessayez. Si cela recommence, demandez une version à jour.</source>
        <translation>خدمت درخواست این نسخه Aidant را نفهمید. دوباره کوشش کنید. اگر باز هم این‌طور شد، یک نسخه تازه بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La demande est arrivée au mauvais service. Vérifiez l&apos;adresse du service dans les réglages.</source>
        <translation>درخواست به خدمت غلط رسید. آدرس خدمت را در تنظیمات چک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une demande est déjà en cours. Attendez sa réponse, puis réessayez.</source>
        <translation>یک درخواست در جریان است. منتظر جواب آن باشید، بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;application a eu un problème. Ce n&apos;est pas de votre faute. Réessayez. Ce que vous avez écrit est gardé. Si cela recommence, fermez l&apos;application et rouvrez-la.</source>
        <translation>برنامه یک مشکل داشت. این تقصیر شما نیست. دوباره کوشش کنید. آنچه نوشته‌اید نگه داشته شده است. اگر باز هم این‌طور شد، برنامه را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service a changé pendant la demande. Appuyez de nouveau pour continuer. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت در وقت درخواست تغییر کرد. برای ادامه دوباره بزنید. آنچه نوشته‌اید نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce code de reprise ne marche plus. Recommencez la démarche depuis le début, ou appelez le 36 46.</source>
        <translation>این کود ادامه دیگر کار نمی‌کند. کار را از اول شروع کنید، یا به 36 46 زنگ بزنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce service ne crée pas les comptes ameli. Vous créez votre compte vous-même sur le site ameli. Aidant vous accompagne à chaque étape.</source>
        <translation>این خدمت حساب ameli نمی‌سازد. شما خودتان حساب خود را در سایت ameli می‌سازید. Aidant در هر مرحله همراه شما است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Le service a eu un problème. Ce n&apos;est pas de votre faute. Réessayez dans un moment.</source>
        <translation>خدمت یک مشکل داشت. این تقصیر شما نیست. کمی بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Impossible de joindre le service. Vérifiez que l&apos;ordinateur est connecté à internet, puis réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>وصل شدن به خدمت ممکن نیست. چک کنید که کمپیوتر به انترنت وصل است، بعد دوباره کوشش کنید. آنچه نوشته‌اید نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le service met trop de temps à répondre. Réessayez. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت برای جواب دادن خیلی وقت می‌گیرد. دوباره کوشش کنید. آنچه نوشته‌اید نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le service est momentanément indisponible. Réessayez dans quelques minutes. Ce que vous avez écrit est gardé.</source>
        <translation>خدمت فعلاً در دسترس نیست. چند دقیقه بعد دوباره کوشش کنید. آنچه نوشته‌اید نگه داشته شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La réponse du service est illisible. Réessayez. Si cela recommence, demandez de l&apos;aide.</source>
        <translation>جواب خدمت خوانده نمی‌شود. دوباره کوشش کنید. اگر باز هم این‌طور شد، کمک بخواهید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La connexion sécurisée au service a échoué. Le réseau de ce lieu bloque peut-être la connexion. Demandez à la personne qui s&apos;occupe des ordinateurs.</source>
        <translation>وصل شدن امن به خدمت ناکام شد. شاید شبکه این محل وصل شدن را بند می‌کند. از نفری که مسئول کمپیوترها است بپرسید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas sécurisée (elle doit commencer par https). Corrigez-la dans les réglages.</source>
        <translation>آدرس خدمت امن نیست (باید با https شروع شود). آن را در تنظیمات درست کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;adresse du service n&apos;est pas valable. Corrigez-la dans les réglages.</source>
        <translation>آدرس خدمت درست نیست. آن را در تنظیمات درست کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier de certificats choisi dans les réglages est introuvable.</source>
        <translation>فایل سرتیفیکیت‌ها که در تنظیمات انتخاب شده پیدا نمی‌شود.</translation>
    </message>
</context>
</TS>
