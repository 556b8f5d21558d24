# Writer f, batch 06: mixed domains, odd formats (full-width, hanja, OCR, examples in notices). CC0 1.0, all invented.
DOCS = [
    {"id": "s12-f06-001", "kind": "web_form", "text": """[귀농귀촌 1:1 상담 신청]
이름：[[PERSON:모은서]]
생년월일：[[BIRTH_DATE:１９８９．０２．１５]]
휴대전화：[[PHONE_NUMBER:０１０－５２４１－８８０３]]
이메일：[[EMAIL_ADDRESS:eunseo.mo@naver.com]]
현 거주지：[[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 7，３층]]
상담희망일：{{date:２０２５．０５．２０}}
문의내용：스마트팜 창업 희망, 부부 모두 IT업종 퇴사 예정"""},

    {"id": "s12-f06-002", "kind": "ocr_scan", "text": """農業人 確認書
姓    名 : [[PERSON:崔炳龍]] ([[PERSON:최병룡]])
生年月日 : [[BIRTH_DATE:1946年 7月 3日]] (陰)
住    所 : [[KR_ADDRESS:京畿道 龍仁市 處仁區 陽智面 楸溪里 212-6]]
위 사람은 농업인임을 확인함.  {{date:2025年 3月 10日}}
陽智面長 (印)   擔當 [[PERSON:金秀賢]]"""},

    {"id": "s12-f06-003", "kind": "attendance_sheet", "text": """2025 하반기 축산농가 방역교육 참석자 명부 ({{date:2025.09.17}} {{place_name:처인구청 3층 대회의실}})
번호 | 농장명 | 성명 | 연락처 | 서명
1 | {{org_name:원삼한우}} | [[PERSON:모경식]] | [[PHONE_NUMBER:010-9237-****]] | (서명)
2 | {{org_name:박곡양돈}} | [[PERSON:탁준호]] | [[PHONE_NUMBER:010-3390-1122]] | [[PERSON:탁준호]](대리)
3 | {{org_name:봉명토종닭}} | [[PERSON:황보순]] | [[PHONE_NUMBER:031-8021-5533]] | (서명)
4 | {{org_name:가창목장}} | [[PERSON:Joseph Kariuki]] | [[PHONE_NUMBER:010-4482-0761]] | J.K.
강사: 경기도동물위생시험소 [[PERSON:하은솔]] 수의사"""},

    {"id": "s12-f06-004", "kind": "receipt", "text": """용인 로컬푸드 직거래장터 부스 참가비 결제 내역
참가자 [[PERSON:곽정임]] ({{org_name:정임이네 들기름}}, 사업자 [[KR_BRN:135-91-0663?]])
결제수단: 신용카드(국민) [[CREDIT_CARD:4579 7208 3315 046?]]
결제금액 {{amount:₩80,000}} / 일시 {{date:2025-10-01}} {{time:11:31}}
장터 운영일 {{date:10.11(토)~10.12(일)}} / 장소 {{place_name:용인시청 광장}}"""},

    {"id": "s12-f06-005", "kind": "register_export", "text": """입산통제구역 출입허가 신청자 명부 (산불조심기간, 석성산 일원)
허가번호\t성명\t생년월일\t연락처\t차량번호\t입산목적\t출입일
{{document_number:입-0311}}\t[[PERSON:지용수]]\t[[BIRTH_DATE:1966.02.19]]\t[[PHONE_NUMBER:010-2604-5180]]\t[[KR_CAR_PLATE:47더 2281]]\t묘소 벌초\t{{date:03.14}}
{{document_number:입-0312}}\t[[PERSON:반지영]]\t[[BIRTH_DATE:1990.09.07]]\t[[PHONE_NUMBER:010-7730-6425]]\t-\t약초 채취(임산물)\t{{date:03.15}}
{{document_number:입-0313}}\t[[PERSON:피재훈]]\t[[BIRTH_DATE:1971.12.30]]\t[[PHONE_NUMBER:010-4147-9902]]\t[[KR_CAR_PLATE:서울 32 다 1744]]\t송전선로 점검(한전)\t{{date:03.15}}
※ 라이터 등 화기 소지 금지 서약, 담당 산불감시원 [[PERSON:한상례]]"""},

    {"id": "s12-f06-006", "kind": "complaint", "text": """[산림 훼손 신고] 불법 분묘 조성
신고인: [[PERSON:엄태식]] ([[PHONE_NUMBER:010-9901-3355]])
내용: 저희 문중 임야([[KR_ADDRESS:모현읍 초부리 산 61]])에 누군가 허락 없이 묘를 새로 쓰고 주변 나무를 베었습니다. 비석에는 '學生 密陽朴公 [[PERSON:朴正植]]之墓'라고 쓰여 있고 {{date:2025년 4월 5일}} 한식 무렵에 생긴 것 같습니다.
조사해서 원상복구 시켜주세요. 문중 대표는 제 당숙 [[PERSON:엄기봉]]({{org_name:영월엄씨 종친회}})입니다."""},

    {"id": "s12-f06-007", "kind": "kakaotalk", "text": """[[PERSON:곽지윤]] 오전 10:14
이장님 면허증 사진으로 보내드려요 전입 확인용이요
[[PERSON:곽지윤]] 오전 10:14
(사진) 자동차운전면허증 1종보통 [[KR_DRIVER_LICENSE:11-18-093344-70]] [[PERSON:곽지윤]] [[KR_RRN:970304-2******]] [[KR_ADDRESS:서울특별시 마포구 월드컵로 25길 19, 301호]] 적성검사 {{date:2028.01.01~2028.12.31}}
이장 [[PERSON:양철규]] 오전 10:30
주소가 아직 서울로 되어있네 ㅎㅎ 전입하면 뒷면에 새 주소 스티커 붙여줄거야. 그거 다시 보내줘요"""},

    {"id": "s12-f06-008", "kind": "notice", "text": """2026년 외국인 계절근로자 도입 희망 농가 모집 공고
1. 신청기간: {{date:2025. 11. 3.(월) ~ 11. 21.(금)}}
2. 신청자격: 처인구 소재 농가 중 농업경영체 등록 농가 ({{date:1960. 12. 31.}} 이전 출생자 단독 농가 우선)
3. 제출서류: 신청서, 근로자 여권 사본(여권번호 예시 {{example:C1234567}}), 숙소 사진
   ※ 외국인등록번호는 {{example:YYMMDD-5******}} 형식으로 마스킹하여 제출
4. 문의: 처인구 농업정책과 {{public_number:031-324-4472}}, 외국인 고충 상담 {{public_number:1577-0071}}
5. 접수 메일: {{public_email:seasonal.worker@yongin.go.kr}}
{{date:2025. 10. 27.}}   용인시 처인구청장"""},

    {"id": "s12-f06-009", "kind": "complaint_letter", "text": """시장님께 드리는 글

저는 원삼면 좌항리에 사는 [[PERSON:한복순]]이라고 합니다. 나이는 일흔둘이고 음력 [[BIRTH_DATE:1953년 8월 10일]]생 뱀띠입니다.
작년에 남편 [[PERSON:이상열]]이가 돌아가시고({{date:2024년 동짓달}}) 혼자서 논 다섯 마지기를 짓는데, 올해 직불금이 남편 앞으로 신청이 안 되어 있다고 못 준다고 합니다.
면사무소 [[PERSON:유재근]] 주사님이 서류를 해오라는데 아들은 부산([[KR_ADDRESS:부산 사하구 낙동대로 316번길 15]])에 있고 저는 글을 잘 몰라서 어렵습니다.
집 전화는 [[PHONE_NUMBER:332-8814]]이고, 집은 [[KR_ADDRESS:좌항로 412-7]]입니다. 좀 도와주십시오."""},

    {"id": "s12-f06-010", "kind": "appraisal_record", "text": """살처분 가축 평가조서
농장: {{org_name:영길농장}} (대표 [[PERSON:탁영길]])   평가일 {{date:2025-11-06}}
평가반: 위원장 [[PERSON:경동하]](축산과장), 위원 [[PERSON:하은솔]](수의사), [[PERSON:문창진]](양돈협회 용인지부), [[PERSON:배은채]](농협)
구분      두수    단가(원)     평가액(원)
비육돈   1,214   {{amount:348,000}}   {{amount:422,472,000}}
모돈        96   {{amount:612,000}}    {{amount:58,752,000}}
합계                             {{amount:481,224,000}}
감액: 방역기준 미준수 20% 적용 여부 → 재검토(이의신청 접수 {{date:12.8}})"""},

    {"id": "s12-f06-011", "kind": "public_notice", "text": """빈집 소유자 공시송달 공고 ({{document_number:처인구 공고 제2025-417호}})
「농어촌정비법」 제65조에 따라 아래 빈집의 소유자(상속인)에게 철거명령을 송달하고자 하였으나 주소불명으로 반송되어 공시송달합니다.
연번  빈집 소재지                     소유자     생년월일       최후 주소
1     [[KR_ADDRESS:백암면 장평리 41-2]]              [[PERSON:방○식]]    [[BIRTH_DATE:1941.**.**]]     [[KR_ADDRESS:서울 성북구 정릉로 10길 **]]
2     [[KR_ADDRESS:원삼면 미평리 377]]               [[PERSON:윤○자]]    [[BIRTH_DATE:1950.**.**]]     불명
공고기간: {{date:2025.12.01.~2025.12.15.}}"""},

    {"id": "s12-f06-012", "kind": "spreadsheet_export", "text": """전입사실 조사결과(남사읍 방아리, 이장 [[PERSON:심태준]])
세대주,전입일,생년,실거주,비고
[[PERSON:배성우]],{{date:2023-10-16}},[[BIRTH_DATE:84]],O,귀농(토마토)
[[PERSON:엄지현]],{{date:2025-02-03}},[[BIRTH_DATE:99]],X,"주말에만 옴, 수원 [[KR_ADDRESS:권선구 금곡로 102, 907동 1806호]] 실거주 추정"
[[PERSON:Ahmed Karim]],{{date:2025-03-22}},[[BIRTH_DATE:91]],O,방글라데시 농장근로자(여권 [[KR_PASSPORT:EH0427719]])"""},

    {"id": "s12-f06-013", "kind": "email", "text": """From: [[PERSON:Tran Thi Lan]] <[[EMAIL_ADDRESS:lantran.vn92@gmail.com]]>
To: {{public_email:foreign_help@yongin.go.kr}}
Subject: My husband's injury on fishing boat - compensation?

Hello, I am [[PERSON:Tran Thi Lan]], wife of [[PERSON:Nguyen Duc Manh]] (ARC No. [[KR_FRN:890921-5830412]], passport [[KR_PASSPORT:C5540981]]).
He worked on boat '제3대부호' and his hand was injured on {{date:Aug 14, 2025}}. Boat owner Mr. [[PERSON:Ko Young-jin]] says insurance will pay but nothing yet.
We live at [[KR_ADDRESS:안산시 단원구 대부북동 1859-4, 2층]]. My phone [[PHONE_NUMBER:010-9843-1276]].
Please help us. Thank you."""},

    {"id": "s12-f06-014", "kind": "memo", "text": """귀농교육비 환불건 – [[PERSON:임하늘]] 학생 카드 끝자리 [[CREDIT_CARD:****-****-****-9027]] 부분취소 {{amount:75,000원}} 처리완료 ({{date:3/5}})"""},

    {"id": "s12-f06-015", "kind": "payslip", "text": """급여명세서 ({{date:2026년 3월}})  용인시 처인구청 기간제근로자
사번 [[EMPLOYEE_ID:TMP-26-0114]]   성명 [[PERSON:한상례]]   직종 산불감시원
주민등록번호 [[KR_RRN:690513-2******]]
지급계좌 [[BANK_ACCOUNT:352-0877-2104-93]] (농협)
기본급 {{amount:2,096,270}}  주휴수당 포함 / 공제 {{amount:214,880}} / 실지급 {{amount:1,881,390}}
근무일수 22일 (결근 0)  지급일 {{date:2026.04.10}}"""},

    {"id": "s12-f06-016", "kind": "phone_memo", "text": """양지면 추계리 [[PERSON:최병룡]] 어르신 아들 [[PERSON:최규환]] 연락처[[PHONE_NUMBER:01072841190]] (어르신 귀 어두우심). 농업인확인서 재발급 건 우편으로 보내달라고 함 → 주소 [[KR_ADDRESS:추계리212-6]]"""},

    {"id": "s12-f06-017", "kind": "official_letter", "text": """수신: [[PERSON:지용수]] 귀하 ([[KR_ADDRESS:용인시 처인구 포곡읍 전대로 35-2]])
제목: 산림보호법 위반 과태료 부과 알림
1. 귀하께서는 {{date:2026. 3. 14.}} 입산통제구역({{place_name:석성산}})에서 라이터를 소지하고 입산하여 산림보호법 제57조를 위반하였습니다.
2. 과태료: {{amount:금 100,000원}} / 납부기한: {{date:2026. 4. 30.}}
3. 납부계좌: {{public_account:농협 317-0003-1184-41}}(용인시 세입금)
담당 산림과 [[PERSON:편현우]] [[PHONE_NUMBER:031-324-2256]]"""},

    {"id": "s12-f06-018", "kind": "case_note", "text": """살처분 참여 공무원 트라우마 상담 연계
대상: 동물방역팀 [[PERSON:어정민]] (사번 [[EMPLOYEE_ID:2017-0342]], [[BIRTH_DATE:1991년 5월]]생)
- {{date:1월 12~13일}} 산란계 5만수 살처분 현장 투입, 이후 불면 호소
- 본인 동의하에 국가트라우마센터 연계(상담 예약 {{date:2026.01.22}} {{time:14:00}})
- 비상연락: 모친 [[PERSON:송혜자]] [[PHONE_NUMBER:010-2385-6017]]
작성 인사팀 [[PERSON:석지아]]"""},

    {"id": "s12-f06-019", "kind": "sms", "text": """[Web발신] [[PERSON:오미란]]님 ({{org_name:두창리 느티나무민박}}) 농어촌민박 안전점검 {{date:6.12.(목)}} {{time:10시}} 예정입니다. 점검원 [[PERSON:채동윤]] [[PHONE_NUMBER:010-4421-8090]]"""},

    {"id": "s12-f06-020", "kind": "field_memo", "text": """ASF 울타리 점검 {{date:25.10.21}} — 이동읍 묵리 구간 3곳 파손(멧돼지), 보수업체 {{org_name:그린펜스}} 현장 방문 요청. 주민 [[PERSON:함덕수]]([[BIRTH_DATE:41]]년생) 밭 쪽 출입문 열려있었음."""},
]
